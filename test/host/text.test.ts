/**
 * Plain text for the CLI and the preview alike: strict UTF-8 within the budgets of
 * core/limits.ts, each refusal one Chinese line naming the file.
 */
import { LIMITS } from "../../src/core/limits";
import { decodeUtf8, MAX_TEXT_BYTES, paragraphsFromText } from "../../src/host/text";
import { DocumentReadError } from "../../src/host/types";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeUtf8", () => {
  test("a material within the budgets is decoded as it is", () => {
    const text = "对照检查材料\n一、存在问题\n（一）学习不够。\n";
    expect(decodeUtf8(utf8(text), "a.txt")).toBe(text);
    expect(paragraphsFromText(decodeUtf8(utf8(text), "a.txt")).map((p) => p.text)).toEqual(["对照检查材料", "一、存在问题", "（一）学习不够。"]);
  });

  test("not UTF-8: refused, naming the file", () => {
    const gbk = new Uint8Array([0xb6, 0xd4, 0xd5, 0xd5]);
    expect(() => decodeUtf8(gbk, "gbk.txt")).toThrow(DocumentReadError);
    expect(() => decodeUtf8(gbk, "gbk.txt")).toThrow(/UTF-8/);
  });

  test("past the byte budget: refused before decoding", () => {
    const big = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
    expect(() => decodeUtf8(big, "big.txt")).toThrow(DocumentReadError);
  });

  test("too many paragraphs, or one paragraph too long: refused with the budget's line", () => {
    const lines = utf8("\n".repeat(LIMITS.paragraphs + 1));
    expect(() => decodeUtf8(lines, "lines.txt")).toThrow(DocumentReadError);
    const long = utf8("字".repeat(LIMITS.paragraphChars + 1));
    expect(() => decodeUtf8(long, "long.txt")).toThrow(DocumentReadError);
    try {
      decodeUtf8(long, "long.txt");
    } catch (error) {
      expect((error as DocumentReadError).file).toBe("long.txt");
      expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
