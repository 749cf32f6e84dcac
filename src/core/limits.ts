/**
 * Every budget the readers and the analysis keep, in one place. A document past
 * one of them is refused before the work it would cost is done, with one Chinese
 * line naming the limit (`limitMessage`). The numbers leave room for the largest
 * real materials and the largest real .docx files we know (about 270,000
 * characters and 16,000 paragraphs; a main part of 12.6 MB): the analysis needs
 * 25–45 times the text's size in memory, so these keep a whole run under
 * 600 MB and a file's refusal within a second.
 */

export const LIMITS = {
  /** A file on disk (a .docx with its images, or a .txt). */
  fileBytes: 64 * 1024 * 1024,
  /** Entries in a .docx (ZIP) package. */
  zipEntries: 10_000,
  /** Bytes inflated from a package's parts, all parts read together (the add-in's state included). */
  inflatedBytes: 96 * 1024 * 1024,
  /** A part larger than this is not the add-in's state. */
  stateBytes: 16 * 1024 * 1024,
  /** Paragraphs in one document (a .docx body, or lines of a .txt). */
  paragraphs: 100_000,
  /** Characters in one paragraph, its automatic number included. */
  paragraphChars: 100_000,
  /** Characters in one document. */
  documentChars: 1_000_000,
  /** A numbering value (w:start, w:startOverride): Word itself goes no higher. */
  numberingValue: 32_767,
  /** Characters in a numbering level's text (w:lvlText, "第%1章"); Word's own are a few. */
  levelTextChars: 1_000,
  /** Elements declaring XML namespaces, nested in one another. */
  namespaceDepth: 256,
  /**
   * A shingle (a run of letters) that stands in more paragraphs than this across
   * a run is not evidence of copying (a line repeated all over); the copied-passage
   * index skips it.
   */
  shingleOccurrences: 100,
} as const;

/**
 * Characters of an item's text that pairing and aspect matching compare (not a refusal: a
 * budget of work). No problem or measure of a real material comes near (the longest in the
 * labelled materials is about 600): an item this long is a stretch of the document read as one
 * item (many materials laid end to end), and its first part says what it is about as well as
 * the whole would.
 */
export const LIKENESS_CHARS = 4_000;

/**
 * An item's text as pairing and aspect matching compare it: the whole text, or for an item
 * longer than `LIKENESS_CHARS` its first lines up to that many characters (cut inside
 * a line only where the first line alone is longer).
 */
export function likenessText(text: string): string {
  const max = LIKENESS_CHARS;
  if (text.length <= max) return text;
  const lineEnd = text.lastIndexOf("\n", max);
  return text.slice(0, lineEnd > 0 ? lineEnd : max);
}

export type LimitName = keyof typeof LIMITS;

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

function megabytes(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/**
 * The one line for a document past a limit (callers prefix the file name). `actual`
 * is what the document has, where it is known.
 */
export function limitMessage(name: LimitName, actual?: number): string {
  switch (name) {
    case "fileBytes":
      return `文件过大${actual !== undefined ? `（${megabytes(actual)}）` : ""}，超过 ${megabytes(LIMITS.fileBytes)}（上限），不像是对照检查材料`;
    case "zipEntries":
      return `文件包含的部件超过 ${count(LIMITS.zipEntries)} 个（上限），疑似恶意文件，拒绝读取`;
    case "inflatedBytes":
      return `文件解压后超过 ${megabytes(LIMITS.inflatedBytes)}（上限），疑似压缩炸弹，拒绝读取`;
    case "stateBytes":
      return `文件中保存的检查助手设置超过 ${megabytes(LIMITS.stateBytes)}（上限），拒绝读取`;
    case "paragraphs":
      return `段落超过 ${count(LIMITS.paragraphs)} 段（上限），不像是对照检查材料，拒绝读取`;
    case "paragraphChars":
      return `有一段超过 ${count(LIMITS.paragraphChars)} 字（上限），不像是对照检查材料，拒绝读取`;
    case "documentChars":
      return `全文超过 ${count(LIMITS.documentChars)} 字（上限），不像是对照检查材料，拒绝读取`;
    case "numberingValue":
      return `自动编号的起始值${actual !== undefined ? ` ${actual} ` : ""}超出 Word 允许的范围（上限 ${LIMITS.numberingValue}），疑似恶意文件，拒绝读取`;
    case "levelTextChars":
      return `自动编号的格式文字超过 ${count(LIMITS.levelTextChars)} 字（上限），疑似恶意文件，拒绝读取`;
    case "namespaceDepth":
      return `XML 命名空间声明嵌套超过 ${count(LIMITS.namespaceDepth)} 层（上限），疑似恶意文件，拒绝读取`;
    case "shingleOccurrences":
      return `重复文字过多（上限 ${count(LIMITS.shingleOccurrences)} 处）`;
  }
}

/** Thrown by pure code (core, or a host's parser) when a document passes a limit; hosts turn it into their refusal. */
export class LimitExceededError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly actual?: number,
  ) {
    super(limitMessage(limit, actual));
    this.name = "LimitExceededError";
  }
}

/**
 * Paragraph, per-paragraph and whole-document character budgets over paragraphs
 * already split (a .txt): throws LimitExceededError on the first one passed.
 */
export function checkTextBudgets(paragraphs: readonly { text: string }[]): void {
  if (paragraphs.length > LIMITS.paragraphs) throw new LimitExceededError("paragraphs", paragraphs.length);
  let total = 0;
  for (const p of paragraphs) {
    if (p.text.length > LIMITS.paragraphChars) throw new LimitExceededError("paragraphChars", p.text.length);
    total += p.text.length;
    if (total > LIMITS.documentChars) throw new LimitExceededError("documentChars", total);
  }
}
