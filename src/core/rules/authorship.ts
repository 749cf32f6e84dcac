/**
 * Whose material it is: a leadership team's (班子, written as 我们 for the team)
 * or one person's (个人). Read from the title first (领导班子, 党组 vs 个人, 同志,
 * a post such as 局长), then from how the text speaks of its author.
 */
import type { DocumentStructure } from "../model";

export type AuthorKind = "班子" | "个人";

const PERSONAL_TITLE = /个人|同志|党员(?!领导干部)|发言提纲|本人/;
const TEAM_TITLE = /领导班子|班子/;
const TEAM_BODY_TITLE = /党组|党委|党工委|委员会|支部委员会|总支|党支部/;
/** A post after the organ names a person (红石镇党委副书记、镇长). */
const POST = /书记|局长|镇长|乡长|县长|市长|主任|部长|厅长|处长|科长|校长|院长|经理|董事长|主席|委员(?!会)|干部|教师|医生/;

export function authorKind(doc: Pick<DocumentStructure, "title" | "paragraphs">): AuthorKind | null {
  const title = doc.title?.text ?? "";
  if (title) {
    if (PERSONAL_TITLE.test(title)) return "个人";
    if (TEAM_TITLE.test(title)) return "班子";
    // “领导干部……对照检查材料” is one cadre's; “党员领导干部民主生活会” names the meeting.
    if (/领导干部/.test(title.replace(/党员领导干部民主生活会/g, ""))) return "个人";
    if (TEAM_BODY_TITLE.test(title)) return POST.test(title.replace(/委员会/g, "")) ? "个人" : "班子";
  }
  // No title, or one that says neither: how the text names its author.
  let team = 0;
  let person = 0;
  for (const p of doc.paragraphs) {
    team += (p.text.match(/班子|我们|党组(?!书记|成员)|党委(?!书记|委员)/g) ?? []).length;
    person += (p.text.match(/本人|我(?!们|国|省|市|县|区|镇|乡|局|委|院|校|单位|部|厅|处)/g) ?? []).length;
  }
  if (team === 0 && person === 0) return null;
  return team >= 2 * person ? "班子" : person >= 2 * team ? "个人" : null;
}
