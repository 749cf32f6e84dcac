/**
 * Issue 10's target: on complete materials, fix and 插入 plan nothing that is there.
 * Over every labelled material (seeds, dev and the held-out set, whose texts are only
 * counted here, never tuned on), no planned insertion is of a section the labels say
 * the material has, of a title it has, or of a measure for a problem the labels pair
 * with a measure. What the reader is unsure of is deferred (asked), not planned.
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { plannedParts, type InsertRequest } from "../../../src/core/insert/planner";
import { labelledMaterials, type LabelledMaterial } from "../../helpers/labelled";

function unwanted(m: LabelledMaterial): InsertRequest[] {
  const doc = analyzeDocument(
    m.lines.map((text, index) => ({ index, text })),
    { hostKind: "text" },
  );
  const labelled = new Set(m.label.sections.map((s) => s.kind));
  const paired = new Set(m.label.pairs.map(([problem]) => problem));
  return plannedParts(doc).parts.filter((p) => {
    if (p.kind === "section") return p.section === "title" ? !!m.label.title : labelled.has(p.section);
    if (p.kind === "measure") {
      const at = doc.problems.findIndex((x) => x.id === p.problem);
      const label = at >= 0 ? m.label.problems[at] : undefined;
      return label !== undefined && paired.has(label.id);
    }
    return false;
  });
}

describe.each(["seed", "dev", "heldout"])("%s: nothing planned that the material has", (set) => {
  const materials = labelledMaterials(set).filter((m) => !m.label.not_material);
  test("there are materials to check", () => {
    expect(materials.length).toBeGreaterThan(0);
  });
  test("no unwanted insertion over the set", () => {
    // Held-out names are not printed: only the count is looked at.
    const found = materials.flatMap((m) => unwanted(m).map((p) => (set === "heldout" ? p.kind : `${m.name}: ${JSON.stringify(p)}`)));
    expect(found).toEqual([]);
  });
});
