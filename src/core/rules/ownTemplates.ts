/**
 * The add-in's own templates in a document, as the rules see them: the check must not
 * report a template it inserted as the author's errors (an inserted 原因分析 raised four
 * placeholder errors, a 整改清单 twelve). A template is
 *
 * - a run of paragraphs the host says are one template (a .docx bookmark or a Word
 *   content control of the add-in: `Paragraph.template`), or
 * - where the host cannot tell (plain text, Word's reader), a run of paragraphs that
 *   hold a placeholder only the add-in's templates write (【结合查摆的问题剖析思想根源】,
 *   not a bare 【N】 an author may have typed), or
 * - the 整改清单: its title followed by the table whose header row is 序号 / 存在问题 /
 *   整改措施 / 责任人 / 完成时限.
 *
 * Each counts its placeholders still unfilled (【…】 left as written). While it has any,
 * placeholder-left reports the template once ("待填写 N 处") and the engine drops other
 * rules' findings on its paragraphs; once filled in, it is checked as the author's text.
 */
import { RECTIFICATION_HEADERS, RECTIFICATION_TITLE } from "../insert/rectification";
import { OWN_PLACEHOLDERS } from "../insert/templates";
import type { Paragraph } from "../model";

export interface OwnTemplate {
  /** The host's id (tag or bookmark name), or null where recognised by content. */
  id: string | null;
  kind: "template" | "rectification";
  /** First and last paragraph index. */
  first: number;
  last: number;
  /** Placeholders (【…】) still in it. */
  placeholders: number;
}

const BRACKETED = /【[^【】\n]{0,60}】/g;

function placeholdersIn(text: string): number {
  return text.match(BRACKETED)?.length ?? 0;
}

function hasOwnPlaceholder(text: string): boolean {
  for (const m of text.matchAll(BRACKETED)) if (OWN_PLACEHOLDERS.has(m[0])) return true;
  return false;
}

const cache = new WeakMap<readonly Paragraph[], OwnTemplate[]>();

/** The add-in's templates in `paragraphs`, in document order (computed once per paragraph list). */
export function ownTemplates(paragraphs: readonly Paragraph[]): OwnTemplate[] {
  const cached = cache.get(paragraphs);
  if (cached) return cached;
  const out: OwnTemplate[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const p = paragraphs[i]!;
    // The 整改清单: its title, then its table (the header row first).
    if (p.text.trim() === RECTIFICATION_TITLE && !p.inTable && paragraphs[i + 1]?.inTable && paragraphs[i + 1]!.text.trim() === RECTIFICATION_HEADERS[0]) {
      let j = i + 1;
      while (j < paragraphs.length && paragraphs[j]!.inTable) j++;
      // The empty paragraph the writer puts after the table belongs to it.
      if (j < paragraphs.length && paragraphs[j]!.text === "" && (paragraphs[j]!.template ?? null) === (p.template ?? null) && p.template) j++;
      const block = paragraphs.slice(i, j);
      out.push({ id: p.template ?? null, kind: "rectification", first: i, last: j - 1, placeholders: block.reduce((n, q) => n + placeholdersIn(q.text), 0) });
      i = j;
      continue;
    }
    if (p.template) {
      let j = i + 1;
      while (j < paragraphs.length && paragraphs[j]!.template === p.template) j++;
      const block = paragraphs.slice(i, j);
      out.push({ id: p.template, kind: "template", first: i, last: j - 1, placeholders: block.reduce((n, q) => n + placeholdersIn(q.text), 0) });
      i = j;
      continue;
    }
    if (hasOwnPlaceholder(p.text)) {
      let j = i + 1;
      while (j < paragraphs.length && !paragraphs[j]!.template && hasOwnPlaceholder(paragraphs[j]!.text)) j++;
      const block = paragraphs.slice(i, j);
      out.push({ id: null, kind: "template", first: i, last: j - 1, placeholders: block.reduce((n, q) => n + placeholdersIn(q.text), 0) });
      i = j;
      continue;
    }
    i++;
  }
  cache.set(paragraphs, out);
  return out;
}

/** Paragraph index → the template it belongs to. */
export function templateOf(paragraphs: readonly Paragraph[]): Map<number, OwnTemplate> {
  const map = new Map<number, OwnTemplate>();
  for (const t of ownTemplates(paragraphs)) for (let k = t.first; k <= t.last; k++) map.set(paragraphs[k]!.index, t);
  return map;
}
