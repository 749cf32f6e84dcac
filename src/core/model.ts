/**
 * The paragraph model every host produces and every part of core consumes.
 * Pure data: no DOM, no Office types. Hosts turn their document into
 * `Paragraph[]` at once; core never calls back into a host.
 */

/** Formatting facts a host could read (all optional: a plain-text host knows none). */
export interface ParagraphFormat {
  /** East Asian font of the paragraph's first run (e.g. "仿宋_GB2312"). */
  fontEastAsia?: string;
  /** Latin font of the first run. */
  fontAscii?: string;
  /** Font size in points of the first run. */
  sizePt?: number;
  bold?: boolean;
  alignment?: "left" | "center" | "right" | "justify" | "distributed";
  /** First-line indent in points (negative = hanging). */
  firstLineIndentPt?: number;
  /** First-line indent in characters (w:firstLineChars / 100), where the document says so. */
  firstLineIndentChars?: number;
  /** Exact line spacing in points, where fixed. */
  lineSpacingPt?: number;
}

export interface Paragraph {
  /** 0-based index among all body paragraphs (empty ones and those in tables included). */
  index: number;
  /**
   * The text as a reader sees it. Where Word numbers the paragraph automatically,
   * the number text ("（三）", "1.") is included at the start (see `autoNumber`).
   */
  text: string;
  /**
   * The leading part of `text` supplied by Word's automatic numbering (not typed,
   * not editable as text). Absent when the paragraph has no automatic number.
   */
  autoNumber?: string;
  /** Style name as the document shows it (may be localized, e.g. "标题 1"). */
  style?: string;
  /** Built-in style identity where known, e.g. "Heading1", "Title", "Normal", "ListParagraph". */
  builtInStyle?: string;
  /** Outline level 1–9 for heading-like paragraphs; absent for body text. */
  outlineLevel?: number;
  /** True when the paragraph sits in a table cell. */
  inTable?: boolean;
  format?: ParagraphFormat;
  /**
   * The add-in's own template this paragraph belongs to (the tag of its content control,
   * or the name of its bookmark), where the host can tell; absent for the user's text.
   */
  template?: string;
}

/** Every kind of section (CLI contract: sections[].kind). */
export const SECTION_KINDS = [
  "title",
  "preface",
  "last_year_rectification",
  "problems",
  "causes",
  "measures",
  "personal_matters",
  "other",
  "closing",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The customary order of sections (GB practice and central notices). */
export const SECTION_ORDER: readonly SectionKind[] = [
  "title",
  "preface",
  "last_year_rectification",
  "problems",
  "causes",
  "measures",
  "personal_matters",
  "closing",
];

/** Sections every material is expected to have when no profile says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: readonly SectionKind[] = ["title", "preface", "problems", "causes", "measures"];

/** Numbering families, from the outermost customary level to inline ordinals. */
export type MarkerFamily =
  | "part" // 第一部分 (parts above the sections or standing for them)
  | "cn" // 一、 一． 一.
  | "cnParen" // （一） (一)
  | "arabic" // 1. 1． 1、
  | "arabicParen" // （1） (1)
  | "circled" // ① ②
  | "ordinalShi" // 一是 二是
  | "ordinalDi" // 第一， 第二，
  | "sequence"; // 首先 其次 再次 最后

/** A number found at the start of a paragraph (or inline for ordinals). */
export interface NumberMarker {
  family: MarkerFamily;
  /** 1-based value (一 = 1). `sequence` uses 1 for 首先, 2 for 其次…, 99 for 最后. */
  value: number;
  /** Exactly the characters of the marker as written, trailing punctuation included. */
  raw: string;
  /**
   * The written form with the value abstracted, e.g. "（N）", "(N)", "N、", "N.", "N．":
   * two markers of one level written alike have the same `form`.
   */
  form: string;
  /** Offset of the marker in the paragraph's text (after leading spaces). */
  offset: number;
  /** Length of `raw`. */
  length: number;
  /** True when the marker comes from Word's automatic numbering. */
  auto?: boolean;
}

/** A point inside an item: 一是…, 二是… (inline or on its own line). */
export interface Point {
  paragraph: number;
  /** Offset of the point's marker within the paragraph text. */
  offset: number;
  text: string;
  marker: NumberMarker;
}

/** A top-level item of the problems, causes or measures section. */
export interface Item {
  /** P1…, C1…, M1… in document order. */
  id: string;
  /** Paragraph where the item starts. */
  paragraph: number;
  /** Last paragraph of the item (inclusive). */
  end: number;
  /** The item's heading sentence, marker included. */
  title: string;
  marker: NumberMarker | null;
  points: Point[];
  /** The item's whole text (all its paragraphs, joined by "\n"). */
  body: string;
  /** The group (an unnumbered heading such as 在带头……方面) the item stands under, by group id. */
  group?: string;
}

/**
 * An unnumbered heading that gathers items of a section (在带头……方面, 对照……方面：,
 * 理论学习方面。), where the items restart or the heading names an aspect.
 */
export interface Group {
  /** PG1…, CG1…, MG1… in document order. */
  id: string;
  section: "problems" | "causes" | "measures";
  paragraph: number;
  /** Last paragraph of the group (inclusive). */
  end: number;
  title: string;
  /** Ids of the items under it. */
  items: string[];
}

/** How sure the reader is of one part of its reading, and why (Chinese, for the pane). */
export interface Confidence {
  sure: boolean;
  /** 0–1. */
  score: number;
  reasons: string[];
}

/** A question the reader asks where it is unsure; the answer is kept in the document. */
export interface ReadingQuestion {
  /** Stable within one reading: "heading:12", "pair:P3:M1". */
  id: string;
  kind: "heading" | "pair";
  paragraph: number;
  /** The question in Chinese ("这一行是标题还是正文？"). */
  text: string;
  /** For a heading question: the kind the reader would give the line if it is a heading. */
  kindIfHeading?: SectionKind;
  /** For a pair question: the problem and the candidate measure. */
  problem?: string;
  measure?: string;
}

export interface Section {
  kind: SectionKind;
  /** The heading text (trimmed), or null where the section has none. */
  heading: string | null;
  /** Paragraph of the heading, or null. */
  headingParagraph: number | null;
  /** First and last paragraph (inclusive). */
  start: number;
  end: number;
  marker: NumberMarker | null;
  /** How the section was recognised. */
  recognisedBy: "heading" | "position" | "content";
  /** How sure the reader is that this is the section it says (absent: not assessed). */
  confidence?: Confidence;
}

/** The reading as a whole: is this a material at all, and how sure is its skeleton. */
export interface Reading {
  /** False when the document does not look like a 对照检查材料 (a notice, a speech…). */
  material: boolean;
  /** The skeleton's certainty: which lines head sections. */
  confidence: Confidence;
  /** What the reader took as the section level ("cn、", "part", "unnumbered"…). */
  level: string;
  /**
   * Kinds this reading lacks that another reading, nearly as good, finds (or that a
   * section placed only by position might be): their absence is not certain.
   */
  possibleKinds: SectionKind[];
  questions: ReadingQuestion[];
}

export interface DocumentStructure {
  paragraphs: Paragraph[];
  title: { paragraph: number; text: string } | null;
  sections: Section[];
  /** Customary sections that are absent (per DEFAULT_REQUIRED_SECTIONS or a profile). */
  missingSections: SectionKind[];
  problems: Item[];
  causes: Item[];
  measures: Item[];
  /** Groups of items under unnumbered headings, in document order. */
  groups: Group[];
  reading: Reading;
}
