/**
 * Metamorphic variants of a labelled material: the same content laid out
 * differently, with the labels carried along. A reader that is right on the
 * original must be right on each variant.
 *
 * - blank-lines: an empty line after every paragraph;
 * - parts: section headings re-numbered 第一部分　…;
 * - dot-sections: section headings 一.…, items （一） → 一、;
 * - synonyms: section headings reworded (存在问题 → 查摆出的突出问题, …);
 * - measures-rotated: the measures moved (the last first), renumbered in place.
 */
import { writeMarker } from "../../src/core/markers";
import { parseLeadingMarker } from "../../src/core/numbering";
import type { LabelledItem, LabelledMaterial, MaterialLabel } from "./labelled";

export type Variant = "blank-lines" | "parts" | "dot-sections" | "synonyms" | "measures-rotated";
export const VARIANTS: Variant[] = ["blank-lines", "parts", "dot-sections", "synonyms", "measures-rotated"];

function clone(label: MaterialLabel): MaterialLabel {
  return JSON.parse(JSON.stringify(label)) as MaterialLabel;
}

function mapLines(label: MaterialLabel, map: (line: number) => number): MaterialLabel {
  const l = clone(label);
  for (const s of l.sections) {
    s.first_line = map(s.first_line);
    s.last_line = map(s.last_line);
  }
  for (const list of [l.problems, l.causes, l.measures]) {
    for (const it of list) {
      it.line = map(it.line);
      if (it.group !== undefined) it.group = map(it.group);
    }
  }
  for (const s of l.slips ?? []) s.line = map(s.line);
  return l;
}

/** Section heading lines with their kinds, from the label. */
function headingLines(label: MaterialLabel): Map<number, string> {
  return new Map(label.sections.filter((s) => s.heading).map((s) => [s.first_line, s.kind]));
}

/** Re-number the markers of the given lines (1-based) with `write(value)`; unmarked lines are left alone. */
function retype(lines: string[], which: Iterable<number>, write: (value: number) => string): string[] {
  const out = [...lines];
  for (const n of which) {
    const text = out[n - 1] ?? "";
    const m = parseLeadingMarker(text);
    if (!m || m.family === "ordinalShi" || m.family === "ordinalDi" || m.family === "sequence") continue;
    out[n - 1] = text.slice(0, m.offset) + write(m.value) + text.slice(m.offset + m.length);
  }
  return out;
}

const SYNONYMS: Record<string, string> = {
  problems: "查摆出的突出问题",
  causes: "问题产生的深层次根源",
  measures: "下一步整改打算和努力方向",
  last_year_rectification: "去年民主生活会查摆问题整改情况",
};

function itemLines(label: MaterialLabel): number[] {
  return [...label.problems, ...label.causes, ...label.measures].map((i) => i.line);
}

/** A line's numbering family and form (`cnParen:（N）`), or null when it has no number. */
function formAt(lines: readonly string[], n: number): string | null {
  const mk = parseLeadingMarker(lines[n - 1] ?? "");
  return mk ? `${mk.family}:${mk.form}` : null;
}

/**
 * A material's measures as blocks that can be moved (each from its line to the line before the
 * next, the last to the section's end), or null where they cannot: fewer than three, grouped,
 * fused with the section's heading (三、整改措施：（一）…… cannot move without it), two on one line,
 * or a section in parts ((一)整改目标 (二)具体措施 (三)保障措施: a label numbered like one before
 * the first measure stands after it too, and the last block would carry the next part).
 */
export function measureBlocks(lines: readonly string[], label: MaterialLabel) {
  const section = label.sections.find((s) => s.kind === "measures");
  const measures = [...label.measures].sort((a, b) => a.line - b.line);
  if (!section || measures.length < 3 || measures.some((x) => x.group !== undefined || x.line === section.first_line)) return null;
  if (new Set(measures.map((x) => x.line)).size !== measures.length) return null;
  const formOf = (n: number) => formAt(lines, n);
  const labels = new Set<string>();
  for (let n = section.first_line + 1; n < measures[0]!.line; n++) labels.add(formOf(n) ?? "");
  labels.delete("");
  for (let n = measures[0]!.line + 1; n <= section.last_line; n++) if (labels.has(formOf(n) ?? "")) return null;
  const blocks = measures.map((it, k) => ({ it, from: it.line, to: (measures[k + 1]?.line ?? section.last_line + 1) - 1 }));
  return { section, measures, blocks, formOf };
}

export function rearrange(m: LabelledMaterial, variant: Variant): LabelledMaterial | null {
  const { lines, label } = m;
  const named = (lines2: string[], label2: MaterialLabel): LabelledMaterial => ({
    ...m,
    set: `${m.set}~${variant}`,
    name: `${m.name}~${variant}`,
    lines: lines2,
    text: lines2.join("\n") + "\n",
    label: label2,
  });
  if (label.not_material) return null;
  switch (variant) {
    case "blank-lines": {
      const out: string[] = [];
      for (const line of lines) out.push(line, "");
      return named(out, mapLines(label, (n) => 2 * n - 1));
    }
    case "parts":
    case "dot-sections": {
      const heads = headingLines(label);
      // Only where the sections are numbered 一、 and the items （一）: the layout the variant re-types.
      const numbered = [...heads.keys()].filter((n) => parseLeadingMarker(lines[n - 1] ?? "")?.family === "cn");
      if (numbered.length < 2) return null;
      let out = retype(lines, numbered, (v) => (variant === "parts" ? writeMarker("part", v, "第N部分　") : writeMarker("cn", v, "N.")));
      if (variant === "dot-sections") {
        const items = itemLines(label).filter((n) => parseLeadingMarker(lines[n - 1] ?? "")?.family === "cnParen");
        out = retype(out, items, (v) => writeMarker("cn", v, "N、"));
        // An item fused with its section's heading (三、整改措施：（一）……) is re-typed too.
        for (const n of itemLines(label).filter((n) => heads.has(n))) out[n - 1] = out[n - 1]!.replace(/([：:。])（([一二三四五六七八九十]+)）/, "$1$2、");
      }
      const l = clone(label);
      for (const s of l.sections) if (s.heading) s.heading = out[s.first_line - 1]!.trim();
      for (const it of [...l.problems, ...l.causes, ...l.measures]) {
        const before = parseLeadingMarker(lines[it.line - 1] ?? "");
        const after = parseLeadingMarker(out[it.line - 1] ?? "");
        if (before && after && it.heading.startsWith(before.raw)) it.heading = after.raw + it.heading.slice(before.raw.length);
        else if (variant === "dot-sections" && heads.has(it.line)) it.heading = it.heading.replace(/^（([一二三四五六七八九十]+)）/, "$1、");
      }
      return named(out, l);
    }
    case "synonyms": {
      const out = [...lines];
      const l = clone(label);
      let changed = 0;
      for (const s of l.sections) {
        const word = SYNONYMS[s.kind];
        if (!s.heading || !word) continue;
        const text = out[s.first_line - 1]!;
        const m = parseLeadingMarker(text);
        if (!m) continue;
        // Only a heading alone on its line (a fused heading keeps its sentence).
        const rest = text.slice(m.offset + m.length).trim();
        if (rest.length > 30 || /[。，]/.test(rest.replace(/[。：:]$/, ""))) continue;
        out[s.first_line - 1] = text.slice(0, m.offset + m.length) + word;
        s.heading = out[s.first_line - 1]!.trim();
        changed++;
      }
      return changed ? named(out, l) : null;
    }
    case "measures-rotated": {
      const found = measureBlocks(lines, label);
      if (!found) return null;
      const { section, measures, blocks, formOf } = found;
      // A part after the last measure (保障措施： or （四）保障措施 over lines of its own) would move
      // with it: a label ending in a colon, or a line numbered as the measures are, in its block.
      const end = blocks[blocks.length - 1]!;
      const measureForms = new Set(measures.map((x) => formOf(x.line)));
      for (let n = end.from + 1; n <= end.to; n++) {
        const text = (lines[n - 1] ?? "").trim();
        if ((formOf(n) !== null && measureForms.has(formOf(n))) || (text.length <= 12 && /[：:]$/.test(text))) return null;
      }
      const rotated = [blocks[blocks.length - 1]!, ...blocks.slice(0, -1)];
      const first = blocks[0]!.from;
      const last = blocks[blocks.length - 1]!.to;
      const newLines = rotated.flatMap((b) => lines.slice(b.from - 1, b.to));
      // Blocks keep their own trailing blank lines; renumber the item markers in their new places.
      const out = [...lines.slice(0, first - 1), ...newLines, ...lines.slice(last)];
      const moved = new Map<number, number>();
      let at = first;
      for (const b of rotated) {
        for (let n = b.from; n <= b.to; n++) moved.set(n, at + (n - b.from));
        at += b.to - b.from + 1;
      }
      const l = mapLines(label, (n) => moved.get(n) ?? n);
      const newMeasures = [...l.measures].sort((a, b) => a.line - b.line);
      newMeasures.forEach((it: LabelledItem, k) => {
        const text = out[it.line - 1]!;
        const mk = parseLeadingMarker(text);
        if (!mk || mk.family === "sequence" || mk.auto) return;
        const raw = writeMarker(mk.family, k + 1, mk.form);
        out[it.line - 1] = text.slice(0, mk.offset) + raw + text.slice(mk.offset + mk.length);
        if (it.heading.startsWith(mk.raw)) it.heading = raw + it.heading.slice(mk.raw.length);
      });
      // The measures section keeps its extent; only its content moved.
      const ms = l.sections.find((s) => s.kind === "measures")!;
      ms.first_line = section.first_line;
      ms.last_line = section.last_line;
      return named(out, l);
    }
  }
}
