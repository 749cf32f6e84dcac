/**
 * Every built-in profile file, imported statically (resolveJsonModule) so that
 * webpack, esbuild and ts-jest all bundle them: the Word task pane has no file
 * system to read them from. To add a profile, add its JSON file here and one
 * import line below, and its sources and notes to ./about/ (see there). Validation
 * happens in ../catalogue.ts.
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

/** The raw JSON of every built-in profile, in catalogue order (by year, generic last). */
export const BUILT_IN_PROFILE_DATA: readonly unknown[] = [
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
