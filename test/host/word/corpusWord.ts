/**
 * Fake Word documents made from the labelled corpus: each role (title, section
 * heading, item, body) gets its own style and direct formatting, different from
 * what its style alone gives, so tests can tell which paragraph a new one copied.
 * Numbers are typed, or (automatic) Word list numbers.
 */
import { paragraphsFromText } from "../../../src/host/text";
import type { CorpusDocument } from "../../helpers/corpus";
import { chineseNumber, type FakeListSpec, type FakeParagraphSpec, type FakeStyleSpec } from "../../fakes/wordFake";

export type Role = "title" | "heading" | "item" | "body";

/** Styles as defined in the document: applying one alone gives these values. */
export const STYLES: Record<string, FakeStyleSpec> = {
  标题: { builtIn: "Title", alignment: "Centered", font: { size: 26, bold: true } },
  "标题 1": { builtIn: "Heading1", alignment: "Left", lineSpacing: 12, font: { size: 22, bold: true } },
  列表段落: { builtIn: "ListParagraph", leftIndent: 21 },
};

/** The direct formatting of each role (what "formatted like its neighbours" must reproduce). */
export const ROLE_FORMAT: Record<Role, Omit<FakeParagraphSpec, "text">> = {
  title: { style: "标题", alignment: "Centered", lineSpacing: 30, font: { name: "FZXiaoBiaoSong", size: 22, bold: false } },
  heading: { style: "标题 1", alignment: "Justified", firstLineIndent: 32, lineSpacing: 29, font: { name: "SimHei", size: 16, bold: false } },
  item: { style: "列表段落", alignment: "Justified", firstLineIndent: 31, leftIndent: 0, lineSpacing: 28, font: { name: "KaiTi", size: 16, bold: true } },
  body: { style: "Normal", alignment: "Justified", firstLineIndent: 32, lineSpacing: 28.5, font: { name: "FangSong", size: 16, bold: false } },
};

/** Word list 1: section headings at level 0 (一、), items at level 1 (（一）). */
export const LISTS: FakeListSpec[] = [{ id: 1, levels: ["{cn}、", "（{cn}）"] }];

/** Typed numbers, after the indentation some authors type (full-width spaces). */
const HEADING_NUMBER = /^([\s\u3000]*)([一二三四五六七八九十]+)、/;
const ITEM_NUMBER = /^[\s\u3000]*[（(][一二三四五六七八九十]+[）)]/;

export interface CorpusLines {
  texts: string[];
  roles: Role[];
}

/** The document's lines with each line's role, from its labels. */
export function corpusLines(doc: CorpusDocument): CorpusLines {
  const texts = paragraphsFromText(doc.text).map((p) => p.text);
  const roles: Role[] = texts.map(() => "body");
  for (const s of doc.label.sections) {
    if (s.kind === "title") roles[s.first_line - 1] = "title";
    else if (s.heading !== null) roles[s.first_line - 1] = "heading";
  }
  for (const item of [...doc.label.problems, ...doc.label.causes, ...doc.label.measures]) roles[item.line - 1] = "item";
  return { texts, roles };
}

/** Without the lines of labelled sections (heading and body); `lines` must be the whole document's. */
export function withoutSection(doc: CorpusDocument, lines: CorpusLines, kinds: string | string[]): CorpusLines {
  const sections = (Array.isArray(kinds) ? kinds : [kinds]).map((kind) => {
    const section = doc.label.sections.find((s) => s.kind === kind);
    if (!section) throw new Error(`${doc.name} has no ${kind} section`);
    return section;
  });
  const keep = (_: unknown, i: number) => sections.every((s) => i < s.first_line - 1 || i > s.last_line - 1);
  return { texts: lines.texts.filter(keep), roles: lines.roles.filter(keep) };
}

/** Typed section numbers made consecutive again (a document that never had the removed section). */
export function renumberHeadings(lines: CorpusLines): CorpusLines {
  let n = 0;
  const texts = lines.texts.map((text, i) => {
    if (lines.roles[i] !== "heading" || !HEADING_NUMBER.test(text)) return text;
    n++;
    return text.replace(HEADING_NUMBER, (_, indent: string) => `${indent}${chineseNumber(n)}、`);
  });
  return { texts, roles: lines.roles };
}

/** Paragraph specs: typed numbers as they are, or (auto) moved into Word list 1. */
export function wordSpecs(lines: CorpusLines, numbering: "typed" | "auto"): FakeParagraphSpec[] {
  return lines.texts.map((text, i) => {
    const role = lines.roles[i];
    const spec: FakeParagraphSpec = { ...ROLE_FORMAT[role], font: { ...ROLE_FORMAT[role].font }, text };
    if (numbering === "auto") {
      if (role === "heading" && HEADING_NUMBER.test(text)) return { ...spec, text: text.replace(HEADING_NUMBER, ""), list: { id: 1, level: 0 } };
      if (role === "item" && ITEM_NUMBER.test(text)) return { ...spec, text: text.replace(ITEM_NUMBER, ""), list: { id: 1, level: 1 } };
    }
    return spec;
  });
}
