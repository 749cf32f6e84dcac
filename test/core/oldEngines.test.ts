/**
 * The task pane also runs in Office 2019's EdgeHTML and in Safari before 16.4,
 * whose regular expressions have no lookbehind, no Unicode property escapes and
 * no named groups: a pattern using them throws when it is built, and the pane
 * would fail. No source file of the add-in may use them (src/core/text/chars.ts
 * has the character classes written as ranges).
 */
import { readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";
import { HAN, LETTER, NOT_LETTER_G } from "../../src/core/text/chars";

const SRC = path.join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

/** Code without comments (a comment may name what it avoids). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

test.each(sources(SRC).map((f) => [path.relative(SRC, f), f] as const))("%s uses no regular-expression feature EdgeHTML lacks", (_name, file) => {
  const text = code(readFileSync(file, "utf8"));
  expect(text.match(/\(\?<[=!]/g) ?? []).toEqual([]);
  expect(text.match(/\\\\?p\{/g) ?? []).toEqual([]);
  expect(text.match(/\(\?<[A-Za-z]/g) ?? []).toEqual([]);
});

test("the written-out classes match what the property escapes did, on these texts", () => {
  for (const ch of "中文字㐀龥豈") expect(HAN.test(ch)).toBe(true);
  for (const ch of "，。a1") expect(HAN.test(ch)).toBe(false);
  for (const ch of "a Z 9 é Ж ω 中 ア 가 ０ Ａ ①") if (ch !== " ") expect(LETTER.test(ch)).toBe(true);
  for (const ch of "，。！？“”（）【】—…·  \u3000") expect(LETTER.test(ch)).toBe(false);
  expect("（一）理论学习不够深入，2024年！".replace(NOT_LETTER_G, "")).toBe("一理论学习不够深入2024年");
});
