/**
 * npm run score: how well the reader reads labelled materials it may never have
 * seen. For each set (seed, dev, heldout) and their rearranged variants, and for
 * each form (.txt, a .docx with typed numbers, a .docx with Word's automatic
 * numbering), prints F1 of sections (kind + first paragraph), problems, causes,
 * measures and problem–measure pairs, the structural false alarms of the check, and
 * every error-level finding no label explains (the wording rules aside; see
 * test/helpers/scoring.ts).
 *
 * Usage: node test/tools/run-ts.cjs test/tools/score.ts [--json] [--details SET] [--sets a,b] [--forms txt,typed,auto]
 * A set is seed, dev, heldout or the path of a folder of labelled materials (one containing a /).
 * `--details` prints per-file lines for one set (never use it on heldout when tuning); the
 * held-out line gives only totals (what was missed and what read in excess, in how many files).
 */
import { labelledMaterials, type LabelledMaterial } from "../helpers/labelled";
import { rearrange, VARIANTS } from "../helpers/rearrange";
import { scoreOne, summarise, type Form, type Result, type Summary } from "../helpers/scoring";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const json = args.includes("--json");
  const details = opt("--details");
  const sets = (opt("--sets") ?? "seed,dev,heldout").split(",");
  const forms = (opt("--forms") ?? "txt,typed,auto").split(",") as Form[];
  const summaries: Summary[] = [];
  for (const set of sets) {
    const base = labelledMaterials(set);
    if (!base.length) continue;
    const variants = base.flatMap((m) => VARIANTS.map((v) => rearrange(m, v)).filter((x): x is LabelledMaterial => x !== null));
    for (const [name, materials] of [[set, base], [`${set}~rearranged`, variants]] as const) {
      if (!materials.length) continue;
      for (const form of forms) {
        const results: Result[] = [];
        for (const m of materials) {
          const r = await scoreOne(m, form);
          results.push(r);
          if (details === set && r.notes.length) console.log(`  ${form} ${m.name}: ${r.notes.join("; ")}`);
        }
        summaries.push(summarise(name, form, results));
      }
    }
  }
  if (json) {
    for (const s of summaries) console.log(JSON.stringify(s));
    return;
  }
  const head = ["set", "form", "files", "sections", "problems", "causes", "measures", "pairs", "alarms", "max/doc", "errors", "numbering", "not-material", "questions"];
  const rows = summaries.map((s) => [s.set, s.form, s.files, s.sections, s.problems, s.causes, s.measures, s.pairs, s.alarms, s.worstAlarms, s.errors, s.numbering, s.notMaterial, s.questions].map(String));
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(width[i]!)).join("  ");
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  const held = summaries.filter((s) => s.set === "heldout");
  if (held.length) {
    const min = (k: "sections" | "problems" | "measures" | "pairs") => Math.min(...held.map((s) => s[k]));
    console.log(
      `held-out (worst of ${held.map((s) => s.form).join("/")}): sections ${min("sections")} problems ${min("problems")} measures ${min("measures")} pairs ${min("pairs")}` +
        ` · ${held.map((s) => `${s.form}: ${s.misses}`).join(" · ")}` +
        ` · structural false alarms ${Math.max(...held.map((s) => s.alarms))} (max ${Math.max(...held.map((s) => s.worstAlarms))} in one; ${held[0]!.alarmRules || "none"}) · errors no label explains ${Math.max(...held.map((s) => s.errors))} (${held.find((s) => s.errors)?.errorRules || "none"}) · stray numbering findings ${Math.max(...held.map((s) => s.numbering))}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
