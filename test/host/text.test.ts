/**
 * Plain text for the CLI and the preview alike: strict UTF-8 within the budgets of
 * core/limits.ts, each refusal one Chinese line naming the file.
 */
import { LIMITS } from "../../src/core/limits";
import { nodeDecodeUtf8 } from "../../src/cli/files";
import { decodeUtf8, MAX_TEXT_BYTES, paragraphsFromText, paragraphsFromUtf8 } from "../../src/host/text";
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

describe("paragraphsFromUtf8 with Node's decoder (the CLI's)", () => {
  const strict = (bytes: Uint8Array): string | null => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  /** Pieces valid UTF-8 is made of, and pieces that make it invalid. */
  const valid = ["对照", "a", "\n", "\r\n", "\ufeff", "😀", "\u0000", "é", "\uffff", "（一）"].map(utf8);
  const invalid = [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0x80], [0xff], [0xf0, 0x9f, 0x98]].map((b) => new Uint8Array(b));
  const join = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };

  test("decodes as TextDecoder does, a leading BOM (or two) included, and refuses what it refuses", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    let refused = 0;
    for (let k = 0; k < 600; k++) {
      const parts: Uint8Array[] = [];
      const length = next(8);
      for (let j = 0; j < length; j++) parts.push(next(12) === 0 ? invalid[next(invalid.length)]! : valid[next(valid.length)]!);
      const bytes = join(parts);
      const expected = strict(bytes);
      expect(nodeDecodeUtf8(bytes)).toBe(expected);
      if (expected === null) refused++;
      else expect(paragraphsFromUtf8(bytes, "a.txt", nodeDecodeUtf8)).toEqual(paragraphsFromText(decodeUtf8(bytes, "a.txt")));
    }
    expect(refused).toBeGreaterThan(30);
    expect(nodeDecodeUtf8(utf8("\ufeff\ufeff对照"))).toBe("\ufeff对照");
    expect(nodeDecodeUtf8(new Uint8Array(0))).toBe("");
  });

  test("a view into a larger buffer is decoded from its own bytes only", () => {
    const whole = utf8("前言对照检查后记");
    expect(nodeDecodeUtf8(whole.subarray(6, 18))).toBe("对照检查");
  });

  test("refuses as decodeUtf8 does: not UTF-8, past the budgets", () => {
    expect(() => paragraphsFromUtf8(new Uint8Array([0xb6, 0xd4, 0xd5, 0xd5]), "gbk.txt", nodeDecodeUtf8)).toThrow(/UTF-8/);
    expect(() => paragraphsFromUtf8(utf8("\n".repeat(LIMITS.paragraphs + 1)), "lines.txt", nodeDecodeUtf8)).toThrow(DocumentReadError);
    expect(() => paragraphsFromUtf8(new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61), "big.txt", nodeDecodeUtf8)).toThrow(DocumentReadError);
  });
});
