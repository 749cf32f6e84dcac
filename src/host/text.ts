import { checkTextBudgets, LIMITS, LimitExceededError, limitMessage } from "../core/limits";
import type { Paragraph } from "../core/model";
import { DocumentReadError, type DocumentHost, type DocumentTarget } from "./types";

/**
 * Plain text: one paragraph per line, blank lines included, so paragraph index =
 * line number − 1. Accepts UTF-8 with or without BOM, "\n" or "\r\n".
 */
export function paragraphsFromText(text: string): Paragraph[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  // A final newline ends the last line; it does not start an empty paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line, index) => ({ index, text: line }));
}

/**
 * UTF-8 needs at most 3 bytes for each character the budget counts, plus a line
 * break of at most 2 for each paragraph and a BOM: a text larger than this is past
 * the document budget before it is decoded.
 */
export const MAX_TEXT_BYTES = 3 * LIMITS.documentChars + 2 * LIMITS.paragraphs + 3;

/**
 * A strict UTF-8 decoder that a host may give in place of TextDecoder (the CLI gives
 * Node's, which is several times faster): the same string as TextDecoder with
 * `fatal: true` (one leading BOM dropped), or null when the bytes are not UTF-8.
 */
export type StrictUtf8Decoder = (bytes: Uint8Array) => string | null;

/** TextDecoder, strict: its string, or null when the bytes are not UTF-8. */
const textDecoderStrict: StrictUtf8Decoder = (bytes) => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** A .txt's bytes as text and paragraphs, within the budgets (see decodeUtf8). */
function readUtf8(bytes: Uint8Array, file: string | undefined, decode: StrictUtf8Decoder): { text: string; paragraphs: Paragraph[] } {
  if (bytes.length > MAX_TEXT_BYTES) throw new DocumentReadError(limitMessage("documentChars"), file);
  const text = decode(bytes);
  if (text === null) throw new DocumentReadError("文本不是 UTF-8 编码，无法读取（请另存为 UTF-8 后重试）", file);
  const paragraphs = paragraphsFromText(text);
  try {
    checkTextBudgets(paragraphs);
  } catch (error) {
    if (error instanceof LimitExceededError) throw new DocumentReadError(error.message, file);
    throw error;
  }
  return { text, paragraphs };
}

/**
 * Decode a .txt's bytes as strict UTF-8 within the budgets of core/limits.ts (bytes
 * first, then paragraphs and characters), for the CLI and the preview alike; anything
 * else is refused with one clear Chinese line.
 */
export function decodeUtf8(bytes: Uint8Array, file?: string): string {
  return readUtf8(bytes, file, textDecoderStrict).text;
}

/**
 * decodeUtf8's text as paragraphs (paragraphsFromText), split once: the same checks,
 * the same refusals. `decode`: a faster strict decoder of the host's, if it has one.
 */
export function paragraphsFromUtf8(bytes: Uint8Array, file?: string, decode: StrictUtf8Decoder = textDecoderStrict): Paragraph[] {
  return readUtf8(bytes, file, decode).paragraphs;
}

/** A host over plain text held in memory (CLI and preview). */
export class TextHost implements DocumentHost {
  readonly kind = "text" as const;
  private selected: DocumentTarget | null = null;
  constructor(
    readonly name: string,
    private readonly content: string,
    private readonly onSelect?: (target: DocumentTarget) => void,
  ) {}

  async readParagraphs(): Promise<Paragraph[]> {
    return paragraphsFromText(this.content);
  }

  async select(target: DocumentTarget): Promise<void> {
    this.selected = target;
    this.onSelect?.(target);
  }

  /** The last selection (for tests and the preview view). */
  get selection(): DocumentTarget | null {
    return this.selected;
  }
}
