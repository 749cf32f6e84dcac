/**
 * What each built-in profile says for people, not for the engine: the sources, the
 * editors' notes, the remarks on aspects' wording, the sources of each expected part
 * and examples of each section's heading. The engine reads none of it, so the profiles the
 * pages and the CLI check with (../index.ts) leave it out and the task pane's first
 * view does not carry it; ../../about.ts joins the two halves again. One file per
 * profile, named as its profile's file; a new profile adds one here and one import line.
 */
import p2019ZtjyMzshhFiveGoals from "./2019-ztjy-mzshh-five-goals.json";
import p2019ZtjyMzshhFourFindings from "./2019-ztjy-mzshh-four-findings.json";
import p2019ZtjyZzshhThreeReviews from "./2019-ztjy-zzshh-three-reviews.json";
import p2020MzshhFiveAspects from "./2020-mzshh-five-aspects.json";
import p2021DsxxMzshhFiveLeads from "./2021-dsxx-mzshh-five-leads.json";
import p2021DsxxZzshhFourComparisons from "./2021-dsxx-zzshh-four-comparisons.json";
import p2021DsxxZzshhFourAspects from "./2021-dsxx-zzshh-four-aspects.json";
import p2022MzshhSixLeads from "./2022-mzshh-six-leads.json";
import p2022ZzshhSixAspects from "./2022-zzshh-six-aspects.json";
import p2023ZtjyMzshhPolitburoFiveLeads from "./2023-ztjy-mzshh-politburo-five-leads.json";
import p2023ZtjyMzshhSixAspects from "./2023-ztjy-mzshh-six-aspects.json";
import p2023ZtjyZzshhFourReviews from "./2023-ztjy-zzshh-four-reviews.json";
import p2024DjxxZzshhSixDisciplines from "./2024-djxx-zzshh-six-disciplines.json";
import p2024MzshhFourLeads from "./2024-mzshh-four-leads.json";
import p2024ZzshhFourLeads from "./2024-zzshh-four-leads.json";
import p2025MzshhFiveLeads from "./2025-mzshh-five-leads.json";
import p2025ZzshhFiveLeads from "./2025-zzshh-five-leads.json";
import p2025BxgdZhuantiFiveFocuses from "./2025-bxgd-zhuanti-five-focuses.json";
import genericMzshhSixContents from "./generic-mzshh-six-contents.json";

/** The raw JSON of every built-in profile's sources and notes, in catalogue order. */
export const BUILT_IN_PROFILE_ABOUT: readonly unknown[] = [
  p2019ZtjyMzshhFiveGoals,
  p2019ZtjyMzshhFourFindings,
  p2019ZtjyZzshhThreeReviews,
  p2020MzshhFiveAspects,
  p2021DsxxMzshhFiveLeads,
  p2021DsxxZzshhFourComparisons,
  p2021DsxxZzshhFourAspects,
  p2022MzshhSixLeads,
  p2022ZzshhSixAspects,
  p2023ZtjyMzshhPolitburoFiveLeads,
  p2023ZtjyMzshhSixAspects,
  p2023ZtjyZzshhFourReviews,
  p2024DjxxZzshhSixDisciplines,
  p2024MzshhFourLeads,
  p2024ZzshhFourLeads,
  p2025MzshhFiveLeads,
  p2025ZzshhFiveLeads,
  p2025BxgdZhuantiFiveFocuses,
  genericMzshhSixContents,
];
