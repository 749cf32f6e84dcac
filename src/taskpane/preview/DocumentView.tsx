/**
 * The left side of the preview page: the document drawn from core's paragraph
 * model (one block per paragraph, with the formatting the host could read), so
 * a user without Word sees where the pane takes them.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactElement } from "react";
import type { Paragraph, ParagraphFormat } from "../../core/model";
import type { DocumentTarget } from "../../host/types";
import type { Strings } from "../i18n";
import type { CellPosition } from "./tableLayout";

/** Fallback stacks for the fonts Chinese official documents name, so the view looks close without them. */
const FONT_FALLBACKS: Array<[RegExp, string]> = [
  [/仿宋|fangsong/i, '"FangSong", "STFangsong", "Noto Serif CJK SC", serif'],
  [/楷|kai/i, '"KaiTi", "STKaiti", "Noto Serif CJK SC", serif'],
  [/黑|hei/i, '"SimHei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'],
  [/宋|song/i, '"SimSun", "Noto Serif CJK SC", serif'],
];

function fontFamily(format: ParagraphFormat): string | undefined {
  const name = format.fontEastAsia ?? format.fontAscii;
  if (!name) return undefined;
  const fallback = FONT_FALLBACKS.find(([pattern]) => pattern.test(name))?.[1] ?? "serif";
  return `"${name.replace(/"/g, "")}", ${fallback}`;
}

/** CSS for what the host read; nothing for what it did not. Sizes keep their point values. */
export function paragraphStyle(format: ParagraphFormat | undefined): CSSProperties {
  if (!format) return {};
  const style: CSSProperties = {};
  const family = fontFamily(format);
  if (family) style.fontFamily = family;
  if (format.sizePt) style.fontSize = `${format.sizePt}pt`;
  if (format.bold !== undefined) style.fontWeight = format.bold ? 700 : 400;
  if (format.alignment) style.textAlign = format.alignment === "distributed" ? "justify" : format.alignment;
  if (format.firstLineIndentChars !== undefined) style.textIndent = `${format.firstLineIndentChars}em`;
  else if (format.firstLineIndentPt !== undefined) style.textIndent = `${format.firstLineIndentPt}pt`;
  if (format.lineSpacingPt) style.lineHeight = `${format.lineSpacingPt}pt`;
  return style;
}

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "210mm",
    margin: "0 auto",
    padding: "20mm 22mm",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
    fontSize: "16pt",
    lineHeight: 1.75,
    color: tokens.colorNeutralForeground1,
  },
  paragraph: {
    margin: 0,
    minHeight: "1em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    borderRadius: tokens.borderRadiusSmall,
    scrollMarginTop: "80px",
    transitionProperty: "background-color",
    transitionDuration: tokens.durationFast,
  },
  empty: { color: tokens.colorNeutralForeground4, fontSize: "10pt" },
  inTable: { borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, paddingLeft: "6px" },
  selected: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `2px solid ${tokens.colorPaletteYellowBorderActive}`,
  },
  autoNumber: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textDecorationColor: tokens.colorNeutralForeground4,
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: "inherit" },
  // A selected space (a stray-space finding): wide and outlined, not a sliver.
  markSpace: {
    display: "inline-block",
    minWidth: "0.8em",
    outline: `2px dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: "-1px",
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    margin: "0.4em 0",
    fontSize: "12pt",
    lineHeight: 1.5,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 6px",
    verticalAlign: "top",
  },
  // A run of paragraphs out of view is neither laid out nor painted (its height estimated
  // until it was first drawn): a long document's view costs the page a screen, not 16,000 paragraphs.
  chunk: {
    contentVisibility: "auto",
    containIntrinsicSize: "auto 1200px",
  },
});

/** Paragraphs in document order, runs of one table gathered: [paragraph] or a table's rows of cells. */
export type Block = { kind: "paragraph"; paragraph: Paragraph } | { kind: "table"; id: number; rows: Paragraph[][][] };

export function blocksOf(paragraphs: readonly Paragraph[], cells: readonly (CellPosition | null)[] | null | undefined): Block[] {
  const usable = cells && cells.length === paragraphs.length ? cells : null;
  const blocks: Block[] = [];
  paragraphs.forEach((paragraph, k) => {
    const at = usable?.[k] ?? null;
    if (!at) {
      blocks.push({ kind: "paragraph", paragraph });
      return;
    }
    let last = blocks[blocks.length - 1];
    if (!last || last.kind !== "table" || last.id !== at.table) {
      last = { kind: "table", id: at.table, rows: [] };
      blocks.push(last);
    }
    const row = (last.rows[at.row] ??= []);
    (row[at.cell] ??= []).push(paragraph);
  });
  return blocks;
}

export interface DocumentViewProps {
  paragraphs: Paragraph[];
  /** Where paragraphs sit in tables (null: draw every paragraph as a block). */
  cells?: (CellPosition | null)[] | null;
  selected: DocumentTarget | null;
  strings: Strings;
}

/** Paragraphs per chunk of the view: a chunk is drawn again only when one of its paragraphs or the selection in it changed. */
export const CHUNK_PARAGRAPHS = 80;

/** Blocks in chunks of about CHUNK_PARAGRAPHS paragraphs (a table stays whole). */
export function chunksOf(blocks: readonly Block[]): Block[][] {
  const chunks: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    current.push(block);
    size += block.kind === "paragraph" ? 1 : block.rows.reduce((n, row) => n + row.reduce((m, cell) => m + cell.length, 0), 0);
    if (size >= CHUNK_PARAGRAPHS) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function sameFormat(a: ParagraphFormat | undefined, b: ParagraphFormat | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as Array<keyof ParagraphFormat>;
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** What the view draws of a paragraph is the same (hosts read new objects on every read). */
function sameParagraph(a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.index === b.index &&
    a.text === b.text &&
    a.autoNumber === b.autoNumber &&
    a.outlineLevel === b.outlineLevel &&
    a.inTable === b.inTable &&
    sameFormat(a.format, b.format)
  );
}

function sameBlock(a: Block, b: Block): boolean {
  if (a.kind === "paragraph") return b.kind === "paragraph" && sameParagraph(a.paragraph, b.paragraph);
  if (b.kind === "paragraph") return false;
  return (
    a.id === b.id &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, r) => {
      const other = b.rows[r];
      return (
        !!other &&
        row.length === other.length &&
        row.every((cell, c) => {
          const otherCell = other[c];
          return !!otherCell && cell.length === otherCell.length && cell.every((p, k) => sameParagraph(p, otherCell[k]));
        })
      );
    })
  );
}

/** The selection where it falls in this chunk's paragraphs, else null (so other chunks are not drawn again). */
function selectionIn(blocks: readonly Block[], selected: DocumentTarget | null): DocumentTarget | null {
  if (!selected) return null;
  const first = firstIndex(blocks[0]);
  const last = lastIndex(blocks[blocks.length - 1]);
  return first !== null && last !== null && selected.paragraph >= first && selected.paragraph <= last ? selected : null;
}

function firstIndex(block: Block | undefined): number | null {
  if (!block) return null;
  return block.kind === "paragraph" ? block.paragraph.index : (block.rows[0]?.[0]?.[0]?.index ?? null);
}

function lastIndex(block: Block | undefined): number | null {
  if (!block) return null;
  if (block.kind === "paragraph") return block.paragraph.index;
  let last: number | null = null;
  for (const row of block.rows) for (const cell of row) for (const p of cell) last = Math.max(last ?? p.index, p.index);
  return last;
}

/** Chunks drawn again in one task when the document changes; the rest follow, as many per task. */
export const CHUNKS_PER_TASK = 6;

function sameChunk(a: readonly Block[] | undefined, b: readonly Block[]): boolean {
  return !!a && a.length === b.length && a.every((block, k) => sameBlock(block, b[k]!));
}

/**
 * The chunks to draw next, on the way from `shown` to `target`: up to CHUNKS_PER_TASK of
 * those that changed (the selection's first), the others as they are drawn now; `target`
 * itself once nothing else is left to change.
 */
export function nextChunks(shown: readonly Block[][], target: Block[][], selected: DocumentTarget | null): Block[][] {
  if (shown === target) return target;
  const changed: number[] = [];
  for (let k = 0; k < target.length; k++) if (!sameChunk(shown[k], target[k]!)) changed.push(k);
  if (changed.length <= CHUNKS_PER_TASK) return target;
  const first = changed.findIndex((k) => selectionIn(target[k]!, selected) !== null);
  const now = new Set(changed.slice(0, CHUNKS_PER_TASK));
  if (first >= CHUNKS_PER_TASK) now.add(changed[first]!);
  // Chunks past the old end have nothing drawn to keep: they wait too (drawn empty for now).
  return target.map((chunk, k) => (now.has(k) ? chunk : k < shown.length ? shown[k]! : []));
}

export function DocumentView({ paragraphs, cells, selected, strings }: DocumentViewProps) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const target = useMemo(() => chunksOf(blocksOf(paragraphs, cells)), [paragraphs, cells]);
  // A change of a long document (插入 shifts every later paragraph) is drawn a few chunks
  // per task, so that no task keeps the page (and the pane beside it) from answering for
  // long; the first drawing is whole. Each drawing takes the next chunks from the last one.
  const drawn = useRef<Block[][] | null>(null);
  const chunks = drawn.current === null ? target : nextChunks(drawn.current, target, selected);
  drawn.current = chunks;
  const [, drawMore] = useState(0);
  useEffect(() => {
    if (chunks === target) return;
    const timer = setTimeout(() => drawMore((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [chunks, target]);

  useEffect(() => {
    if (!selected) return;
    const element = container.current?.querySelector<HTMLElement>(`[data-paragraph="${selected.paragraph}"]`);
    if (!element) return;
    const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }, [selected]);

  return (
    <div ref={container} className={styles.page}>
      {chunks.map((blocks, k) => (
        <Chunk key={k} blocks={blocks} selected={selectionIn(blocks, selected)} strings={strings} />
      ))}
    </div>
  );
}

interface ChunkProps {
  blocks: Block[];
  selected: DocumentTarget | null;
  strings: Strings;
}

/** A run of blocks, drawn again only when what it shows changed. */
const Chunk = memo(
  function Chunk({ blocks, selected, strings }: ChunkProps) {
    const styles = useStyles();
    const keyOf = textKeys();
    const draw = (paragraph: Paragraph, inCell: boolean, key: string) => {
      const isSelected = selected?.paragraph === paragraph.index;
      const heading = paragraph.outlineLevel !== undefined && !inCell;
      return (
        <p
          key={key}
          data-paragraph={paragraph.index}
          className={mergeClasses(
            styles.paragraph,
            paragraph.inTable && !inCell && styles.inTable,
            isSelected && styles.selected,
            isSelected && "selected",
          )}
          style={inCell ? { ...paragraphStyle(paragraph.format), fontSize: undefined, textIndent: undefined } : paragraphStyle(paragraph.format)}
          role={heading ? "heading" : undefined}
          aria-level={heading ? Math.min(paragraph.outlineLevel ?? 1, 6) + 1 : undefined}
          aria-current={isSelected ? "location" : undefined}
        >
          <ParagraphText paragraph={paragraph} range={isSelected ? selected : null} strings={strings} />
        </p>
      );
    };
    return (
      <div className={styles.chunk}>
        {blocks.map((block) =>
          block.kind === "paragraph" ? (
            draw(block.paragraph, false, keyOf(block.paragraph))
          ) : (
            <table key={`t${block.id}-${block.rows[0]?.[0]?.[0]?.index ?? 0}`} className={styles.table} data-table={block.id}>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => {
                      const cellKey = textKeys();
                      return (
                        <td key={c} className={styles.cell}>
                          {cell.map((paragraph) => draw(paragraph, true, cellKey(paragraph)))}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          ),
        )}
      </div>
    );
  },
  (before, after) =>
    before.strings === after.strings &&
    before.selected === after.selected &&
    before.blocks.length === after.blocks.length &&
    before.blocks.every((block, k) => {
      const other = after.blocks[k];
      return !!other && sameBlock(block, other);
    }),
);

/**
 * Keys for the paragraphs of one container (a chunk, a table cell) that stay with their
 * text when paragraphs shift: the text and how many paragraphs before it in the container
 * have the same. Keyed by index, 插入 made Preact write every later paragraph of the chunk
 * with its neighbour's text (and Fluent's focus code scan every replaced node); keyed by
 * text, a chunk drawn again after 插入 moves one paragraph in and one out, and the others
 * only take their new index.
 */
function textKeys(): (paragraph: Paragraph) => string {
  const seen = new Map<string, number>();
  return (paragraph) => {
    const n = seen.get(paragraph.text) ?? 0;
    seen.set(paragraph.text, n + 1);
    return `${n}\u0001${paragraph.text}`;
  };
}

interface ParagraphTextProps {
  paragraph: Paragraph;
  range: DocumentTarget | null;
  strings: Strings;
}

/** The paragraph's text, drawn again only when what it shows changed (not for a new index alone). */
const ParagraphText = memo(
  ParagraphTextOf,
  (before, after) =>
    before.strings === after.strings &&
    before.paragraph.text === after.paragraph.text &&
    before.paragraph.autoNumber === after.paragraph.autoNumber &&
    before.range?.start === after.range?.start &&
    before.range?.end === after.range?.end &&
    (before.range === null) === (after.range === null),
);

/** The paragraph's text: the automatic number marked as such, a selected range highlighted. */
function ParagraphTextOf({ paragraph, range, strings }: ParagraphTextProps) {
  const styles = useStyles();
  if (paragraph.text === "") return <span className={styles.empty}>{strings.preview.emptyParagraph}</span>;

  const numberLength =
    paragraph.autoNumber && paragraph.text.startsWith(paragraph.autoNumber) ? paragraph.autoNumber.length : 0;
  // Pieces of the text: [from, to, isAutoNumber]
  const cuts = new Set([0, numberLength, paragraph.text.length]);
  const hasRange = range && range.start !== undefined && range.end !== undefined && range.end > range.start;
  if (hasRange) {
    cuts.add(Math.max(0, Math.min(range.start ?? 0, paragraph.text.length)));
    cuts.add(Math.max(0, Math.min(range.end ?? 0, paragraph.text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactElement[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (from === to) continue;
    const text = paragraph.text.slice(from, to);
    const marked = hasRange && from >= (range.start ?? 0) && to <= (range.end ?? 0);
    const blank = !!marked && /^[\s\u3000]+$/.test(text);
    let node: ReactElement = <span key={`t${from}`}>{text}</span>;
    if (from < numberLength) {
      node = (
        <span key={`n${from}`} className={styles.autoNumber} title={strings.preview.autoNumber} data-auto-number="">
          {text}
        </span>
      );
    }
    pieces.push(
      marked ? (
        <mark key={`m${from}`} className={mergeClasses(styles.mark, blank && styles.markSpace)} data-blank={blank ? "" : undefined}>
          {node}
        </mark>
      ) : (
        node
      ),
    );
  }
  return <>{pieces}</>;
}
