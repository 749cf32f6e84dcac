/**
 * The document behind the fake's proxies: paragraphs with styles, direct
 * formatting and list membership, block-level content controls, tables, and the
 * options a test describes a document with.
 *
 * Sources for each belief:
 * - Paragraph.text is the paragraph's text without its automatic number; the
 *   number text is ListItem.listString; styleBuiltIn is "Other" for a style that
 *   is not built in; outlineLevel is 1–9 for headings and 10 for body text:
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph and
 *   https://learn.microsoft.com/javascript/api/word/word.listitem (WordApi 1.3)
 * - Built-in style names, the table styles among them (TableGrid,
 *   GridTable…_Accent…, ListTable…, PlainTable1–5):
 *   https://learn.microsoft.com/javascript/api/word/word.builtinstylename
 * - A paragraph Word makes next to another takes that one's style, formatting and
 *   list (as pressing Enter does). No Microsoft page states this for the API; it
 *   is what add-in authors report, e.g. a new trailing paragraph that "retains/
 *   inherits list formatting": https://github.com/OfficeDev/office-js/issues/6904
 *   and list items needing detachFromList first:
 *   https://github.com/OfficeDev/office-js/issues/2307 . The fake takes the
 *   stricter reading, so code that relies on the opposite fails here.
 * - Tables (WordApi 1.3): rows of cells; here each cell is one paragraph with
 *   tableNestingLevel 1: https://learn.microsoft.com/javascript/api/word/word.table and
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-tablenestinglevel-member
 * - Line spacing has a rule (exactly, at least, multiple) and a value; the API
 *   reports the value in points whatever the rule, and setting `lineSpacing`
 *   makes the rule "multiple" (the points divided by 12 lines), so a 固定值 28 磅
 *   paragraph set to 28 becomes 2.33 lines: https://github.com/OfficeDev/office-js/issues/2296
 *   and https://github.com/OfficeDev/office-js/issues/3203 ; the Paragraph page says
 *   "In the Word UI, this value is divided by 12":
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-linespacing-member
 * - Text deleted with tracked changes stays in Paragraph.text (and Body.text)
 *   until the change is accepted: https://github.com/OfficeDev/office-js/issues/1267 ;
 *   getReviewedText("Current") leaves it out (WordApi 1.4):
 *   https://learn.microsoft.com/javascript/api/word/word.changetrackingversion
 */
import { unsupported } from "./errors";

export interface FakeFontSpec {
  /** Word's Font.name (Latin font); null = mixed. Default "Times New Roman". */
  name?: string | null;
  size?: number | null;
  bold?: boolean | null;
  /** WordApiDesktop 1.3 properties. */
  nameAscii?: string | null;
  nameFarEast?: string | null;
}

export interface FakeParagraphSpec {
  /** Word's Paragraph.text: WITHOUT the automatic number. */
  text: string;
  /** Default "Normal". */
  style?: string;
  /** Default: "Normal" for the Normal style, "HeadingN" for "Heading N", else "Other". */
  styleBuiltIn?: string;
  /** Default: N for built-in HeadingN, else 10 (body text). */
  outlineLevel?: number | string;
  /** Present = the paragraph is a list item; Word's number text ("一、"), fixed. */
  listString?: string;
  /** Membership of a list of FakeWordOptions.lists: Word computes the number text. */
  list?: FakeListMembership;
  /** Default 0 (not in a table). */
  tableNestingLevel?: number;
  /** Default "Justified". */
  alignment?: string;
  /** Default 0. */
  firstLineIndent?: number;
  /** Default 0. */
  leftIndent?: number;
  /** Default 12 (single). */
  lineSpacing?: number;
  /** Word's line-spacing rule; default "multiple" (12 = single). */
  lineSpacingRule?: LineSpacingRule;
  font?: FakeFontSpec;
  /**
   * Text deleted with tracked changes that Word still keeps in the paragraph:
   * each run at an offset of `text` (the text as it reads after the changes).
   */
  deleted?: Array<{ at: number; text: string }>;
  /** The paragraph carries tracked changes (implied by `deleted`). */
  tracked?: boolean;
}

export type LineSpacingRule = "exactly" | "atLeast" | "multiple";

export interface FakeListMembership {
  id: number;
  /** 0-based. */
  level: number;
}

/** A numbered list: per level, the number format; "{cn}" = 一二三…, "{n}" = 1 2 3… ("（{cn}）", "{n}."). */
export interface FakeListSpec {
  id: number;
  levels: string[];
}

/** A paragraph style: what applying it sets (unset values: the fake's defaults). */
export interface FakeStyleSpec {
  /** Word's styleBuiltIn for the style; default "Other" ("Normal"/"HeadingN" for those English names). */
  builtIn?: string;
  alignment?: string;
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  lineSpacingRule?: LineSpacingRule;
  font?: FakeFontSpec;
}

export const DEFAULT_FORMAT = {
  alignment: "Justified",
  firstLineIndent: 0,
  leftIndent: 0,
  lineSpacing: 12,
  lineSpacingRule: "multiple" as LineSpacingRule,
  font: { name: "Times New Roman", size: 16, bold: false, nameAscii: "Times New Roman", nameFarEast: "仿宋_GB2312" } as Required<FakeFontSpec>,
};

/** Default styleBuiltIn for a style name: "Normal", "Heading N" → "HeadingN", else "Other". */
export function builtInFor(style: string): string {
  const heading = /^Heading ?([1-9])$/.exec(style);
  return style === "Normal" ? "Normal" : heading ? `Heading${heading[1]}` : "Other";
}

/** Outline level Word gives a built-in style: N for HeadingN, else 10 (body text). */
export function outlineLevelFor(builtIn: string): number {
  const heading = /^Heading([1-9])$/.exec(builtIn);
  return heading ? Number(heading[1]) : 10;
}

/** 1–99 in Chinese counting (一, 十, 十一, 二十三). */
export function chineseNumber(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (!Number.isInteger(n) || n < 1 || n > 99) throw unsupported(`list number ${n}`);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return (tens > 1 ? digits[tens] : "") + "十" + (n % 10 ? digits[n % 10] : "");
}

/** One paragraph of the fake document; proxies hold on to it (not to an index). */
export class FakeParagraphData {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number | string;
  /** A fixed number text (spec.listString); cleared when the paragraph leaves its list. */
  listString: string | undefined;
  list: FakeListMembership | undefined;
  tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  lineSpacingRule: LineSpacingRule;
  font: Required<FakeFontSpec>;
  /** Ranges of `text` deleted with tracked changes (still in Word's Paragraph.text). */
  deletedRanges: Array<{ start: number; end: number }>;
  /** Whether the paragraph carries tracked changes. */
  tracked: boolean;
  /** Set for paragraphs WordHost inserted: whether Word tracked the insertion. */
  inserted: { tracked: boolean } | undefined;

  constructor(spec: FakeParagraphSpec | string) {
    const s: FakeParagraphSpec = typeof spec === "string" ? { text: spec } : spec;
    // Word's text keeps the deleted runs: put them back in, from the last offset.
    let text = s.text;
    const runs = [...(s.deleted ?? [])].sort((a, b) => b.at - a.at);
    for (const run of runs) text = text.slice(0, run.at) + run.text + text.slice(run.at);
    this.text = text;
    this.deletedRanges = [];
    let shift = 0;
    for (const run of [...runs].reverse()) {
      this.deletedRanges.push({ start: run.at + shift, end: run.at + shift + run.text.length });
      shift += run.text.length;
    }
    this.tracked = s.tracked === true || this.deletedRanges.length > 0;
    this.style = s.style ?? "Normal";
    this.styleBuiltIn = s.styleBuiltIn ?? builtInFor(this.style);
    this.outlineLevel = s.outlineLevel ?? outlineLevelFor(this.styleBuiltIn);
    this.listString = s.listString;
    this.list = s.list ? { ...s.list } : undefined;
    this.tableNestingLevel = s.tableNestingLevel ?? 0;
    this.alignment = s.alignment ?? DEFAULT_FORMAT.alignment;
    this.firstLineIndent = s.firstLineIndent ?? DEFAULT_FORMAT.firstLineIndent;
    this.leftIndent = s.leftIndent ?? DEFAULT_FORMAT.leftIndent;
    this.lineSpacing = s.lineSpacing ?? DEFAULT_FORMAT.lineSpacing;
    this.lineSpacingRule = s.lineSpacingRule ?? DEFAULT_FORMAT.lineSpacingRule;
    // Font.name is the Latin font: the same as nameAscii unless the spec says otherwise.
    this.font = { ...DEFAULT_FORMAT.font, ...s.font, nameAscii: s.font?.nameAscii ?? s.font?.name ?? DEFAULT_FORMAT.font.nameAscii };
    this.inserted = undefined;
  }

  /** The text as it reads after the tracked changes: getReviewedText("Current"). */
  get reviewedText(): string {
    let out = "";
    let at = 0;
    for (const range of this.deletedRanges) {
      out += this.text.slice(at, range.start);
      at = range.end;
    }
    return out + this.text.slice(at);
  }

  get isListItem(): boolean {
    return this.list !== undefined || this.listString !== undefined;
  }

  /** A new paragraph as Word makes it next to this one: same style, formatting and list. */
  sibling(text: string): FakeParagraphData {
    const data = new FakeParagraphData({
      text,
      style: this.style,
      styleBuiltIn: this.styleBuiltIn,
      outlineLevel: this.outlineLevel,
      tableNestingLevel: this.tableNestingLevel,
      alignment: this.alignment,
      firstLineIndent: this.firstLineIndent,
      leftIndent: this.leftIndent,
      lineSpacing: this.lineSpacing,
      lineSpacingRule: this.lineSpacingRule,
      font: { ...this.font },
    });
    // A list continues into the new paragraph; a fixed number text does not repeat.
    data.list = this.list ? { ...this.list } : undefined;
    return data;
  }
}

/** A block-level content control: whole paragraphs, in document order. */
export class FakeContentControlData {
  tag = "";
  title = "";
  /** How Word shows it: a box with its title (Word's default), start and end tags, or nothing. */
  appearance: "BoundingBox" | "Tags" | "Hidden" = "BoundingBox";
  constructor(
    readonly id: number,
    /** @internal Use FakeWord.contentControlParagraphs for the live ones. */
    readonly paragraphs: FakeParagraphData[],
  ) {}
}

/** A table: rows of cells, each cell one paragraph of the document (tableNestingLevel > 0). */
export class FakeTableData {
  headerRowCount = 0;
  /** Word's default table style for new tables in the fake: none of the built-in grid styles. */
  styleBuiltIn = "Other";
  constructor(
    readonly id: number,
    /** @internal Use FakeWord.tableRows for the live cells. */
    readonly rows: FakeParagraphData[][],
  ) {}
}

/** Built-in table style names the fake accepts for Table.styleBuiltIn (Word.BuiltInStyleName's table styles). */
export const TABLE_STYLES = /^(TableGrid|TableGridLight|PlainTable[1-5]|GridTable(1Light|[23]|4|5Dark|6Colorful|7Colorful)(_Accent[1-6])?|ListTable(1Light|[234]|5Dark|6Colorful|7Colorful)(_Accent[1-6])?)$/;

/** What Word shows selected: offsets into Word's Paragraph.text (automatic number excluded). */
export interface FakeSelection {
  /** "paragraph" from Paragraph.select(), "range" from Range.select(), "contentControl" from ContentControl.select(). */
  kind: "paragraph" | "range" | "contentControl";
  paragraph: number;
  start: number;
  end: number;
  /** For a content control: its paragraphs' texts joined with "\n". */
  text: string;
  /** For a content control: the index of its last paragraph. */
  lastParagraph?: number;
}

export interface FakeWordOptions {
  /** Requirement sets and their highest version; default { WordApi: "1.3" }. */
  requirementSets?: Record<string, string>;
  /**
   * Members the loaded office.js does not have, as "Type.member" ("Font.nameFarEast"),
   * whatever isSetSupported says: the npm snapshot's Word scripts stop near WordApi 1.3.
   */
  loadedApiLacks?: string[];
  /** Where Word runs (Office.context.platform): "PC" (default), "Mac" or "OfficeOnline". */
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Whether search treats full/half-width forms and curly/straight quotes alike (default true). */
  searchFoldsWidthAndQuotes?: boolean;
  /** Office.context.document.url. */
  url?: string;
  /** Custom XML parts already in the document (e.g. written by the CLI). */
  customXmlParts?: string[];
  /** Numbered lists paragraphs can belong to (FakeParagraphSpec.list). */
  lists?: FakeListSpec[];
  /** Paragraph styles by name; styles used by paragraphs but not described here apply the defaults. */
  styles?: Record<string, FakeStyleSpec>;
  /** Document.changeTrackingMode (WordApi 1.4); default "Off". */
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
}

/** One edit command, as carried out at sync time. */
export interface FakeEdit {
  describe: string;
  /** Whether Word's change tracking was on when it happened. */
  tracked: boolean;
}

/** What one sync carried. */
export interface FakeSyncRecord {
  loads: number;
  edits: number;
  selects: number;
}

export interface LoadLogEntry {
  type: string;
  paths: string[];
}
