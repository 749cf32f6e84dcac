/**
 * 全部修正 does exactly what its group shows: the count on the button is the number of
 * changes core will make for the findings in that group (each once), never the fixes
 * of the same rule in another severity group.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { previewFixes } from "../../src/core/insert/preview";
import { paragraphsFromText } from "../../src/host/text";
import { CheckView, fixCount, groupFindings } from "../../src/taskpane/views/CheckView";
import { MATERIAL } from "./fakeHost";
import { viewProps } from "./viewProps";
import { labelledMaterials } from "../helpers/labelled";

const lines = [...MATERIAL];
lines[4] = "（二）在带头砥砺作风方面。一是下村调研次数偏少,全年班子成员到最偏远的两个村不足3次,批评与自我批评开展不经常。";
const analysis = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });

test("each group's 全部修正 counts the changes of its own findings", () => {
  const groups = groupFindings(analysis.findings);
  const warning = groups.find((g) => g.severity === "warning")!;
  const halfwidth = warning.rules.find((r) => r.rule === "punct-halfwidth")!;
  expect(halfwidth.findings).toHaveLength(3);
  expect(fixCount(analysis, halfwidth.findings)).toBe(3);
  const info = groups.find((g) => g.severity === "info")!;
  expect(info.rules.map((r) => r.rule)).toContain("term-noncanonical");
  // The same finding twice (a fix listed twice) is one change.
  expect(fixCount(analysis, [...halfwidth.findings, halfwidth.findings[0]!])).toBe(3);

  const html = renderToStaticMarkup(<CheckView {...viewProps(analysis)} />);
  const section = html.slice(html.indexOf('data-severity="warning"'), html.indexOf('data-severity="info"'));
  expect(section).toContain('data-fix-count="3"');
  expect(section).toContain("全部修正（3 处）");
  // Every 全部修正 of the group (the group's own and its rule's) counts the same three changes, not the hint's.
  expect([...section.matchAll(/data-fix-count="(\d+)"/g)].map((m) => m[1])).toEqual(["3", "3"]);
});

test("the counts read only the paragraphs the fixes edit, and are core's plan of the whole document", () => {
  // Dev materials with every comma typed half-width: hundreds of fixes, some clashing.
  let compared = 0;
  for (const m of labelledMaterials("dev").slice(0, 12)) {
    const a = analyze(paragraphsFromText(m.text.replace(/，/g, ",")), { hostKind: "text" });
    for (const group of groupFindings(a.findings))
      for (const r of group.rules) {
        const fixable = r.findings.filter((f) => f.fix);
        const fixes = fixable.flatMap((f) => [f.fix!, ...(f.extraFixes ?? [])]);
        expect(fixCount(a, fixable)).toBe(fixes.length ? previewFixes(a.doc.paragraphs, fixes).changes.length : 0);
        if (fixes.length) compared++;
      }
  }
  expect(compared).toBeGreaterThan(12);
});
