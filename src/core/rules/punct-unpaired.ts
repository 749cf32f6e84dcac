/**
 * punct-unpaired: quotes and brackets that do not pair up within a paragraph —
 * “” ‘’ （） 《》 【】 〔〕 「」 『』 — reversed quotes (”十五五“), and ASCII
 * quotes used in Chinese text. Fixed only where the intent is unambiguous:
 * ASCII quote pairs become “”, a paragraph whose quotes are all reversed (or all
 * one-sided) gets them turned round.
 */
import type { ReportDescriptor, Rule } from "./types";
import { editableStart, isChinese, isDigit, isHan, isLatinOrDigit } from "./text";

interface Family {
  open: string[];
  close: string[];
  name: string;
}

const BRACKETS: Family[] = [
  { open: ["（", "("], close: ["）", ")"], name: "括号" },
  { open: ["《"], close: ["》"], name: "书名号" },
  { open: ["〈"], close: ["〉"], name: "书名号" },
  { open: ["【"], close: ["】"], name: "方括号" },
  { open: ["〔"], close: ["〕"], name: "六角括号" },
  { open: ["「"], close: ["」"], name: "引号" },
  { open: ["『"], close: ["』"], name: "引号" },
];

/** A lone closing bracket that ends a list marker: 1） a) 一） at the start or after punctuation. */
function isListMarkerClose(text: string, i: number, from: number): boolean {
  const before = text.slice(Math.max(from, i - 4), i);
  return /(?:^|[\s，。；：、,;:])(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/.test(before) || (i - from <= 3 && /^\s*(?:\d{1,2}|[A-Za-z])$/.test(text.slice(from, i)));
}

/** Positions taken two by two, in order: [p0, p1], [p2, p3], … (an odd last one is left out). */
function inTwos(positions: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < positions.length; k += 2) {
    const a = positions[k];
    const b = positions[k + 1];
    if (a !== undefined && b !== undefined) pairs.push([a, b]);
  }
  return pairs;
}

/** Bracket character code → its family (and the family's number in BRACKETS) and side. */
const BRACKET_MARKS: { fam: Family; famIndex: number; open: boolean }[] = [];
/** Per UTF-16 unit: 1 + its index in BRACKET_MARKS, 0 for every other character (one table read per character). */
const BRACKET_CODES = new Uint8Array(65536);
BRACKETS.forEach((fam, famIndex) => {
  for (const ch of fam.open) BRACKET_CODES[ch.charCodeAt(0)] = BRACKET_MARKS.push({ fam, famIndex, open: true });
  for (const ch of fam.close) BRACKET_CODES[ch.charCodeAt(0)] = BRACKET_MARKS.push({ fam, famIndex, open: false });
});

/** Every mark of BRACKETS, as a regular expression: most paragraphs hold none. */
const ANY_BRACKET = new RegExp(`[${BRACKETS.flatMap((f) => [...f.open, ...f.close]).map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

/** Every mark this rule looks at: brackets, curly and ASCII quotes. */
const ANY_MARK = new RegExp(`${ANY_BRACKET.source.slice(0, -1)}“”‘’"']`, "g");

/** A family's stack before its first open mark (never pushed to). */
const EMPTY_STACK: number[] = [];

function checkBrackets(text: string, from: number, report: (d: Omit<ReportDescriptor, "paragraph">) => void): void {
  // From one bracket to the next (the engine's scan; most paragraphs hold none or few).
  ANY_BRACKET.lastIndex = from;
  let m = ANY_BRACKET.exec(text);
  if (m === null) return;
  // Open marks not yet closed, per family (by number in BRACKETS); nothing is kept for a paragraph whose marks pair up.
  const stacks: number[][] = BRACKETS.map(() => EMPTY_STACK);
  let strays: { i: number; fam: Family }[] | null = null;
  for (; m !== null; m = ANY_BRACKET.exec(text)) {
    const i = m.index;
    const b = BRACKET_MARKS[BRACKET_CODES[text.charCodeAt(i)]! - 1]!;
    let stack = stacks[b.famIndex]!;
    if (b.open) {
      if (stack === EMPTY_STACK) stacks[b.famIndex] = stack = [];
      stack.push(i);
    } else if (stack.length > 0) stack.pop();
    else if (!(b.fam.name === "括号" && isListMarkerClose(text, i, from))) (strays ??= []).push({ i, fam: b.fam });
  }
  if (strays === null && stacks.every((stack) => stack.length === 0)) return;
  // Each position holds one mark: sorted by position, the messages come out in text order whatever the order of families.
  const found: { i: number; message: string }[] = (strays ?? []).map(({ i, fam }) => ({
    i,
    message: `${fam.name}不成对：${text[i]} 前没有对应的前半部分`,
  }));
  stacks.forEach((stack, k) => {
    for (const i of stack) found.push({ i, message: `${BRACKETS[k]!.name}不成对：${text[i]} 后没有对应的后半部分` });
  });
  for (const { i, message } of found.sort((a, b) => a.i - b.i)) {
    report({ start: i, end: i + 1, message, data: { mark: text[i] } });
  }
}

/**
 * Curly quotes of one kind (“” or ‘’). Balanced and well nested: nothing. All
 * reversed (”…“ ”…“) or all of one side in even number: fixed pairwise. Otherwise
 * each stray mark is reported.
 */
function checkCurly(
  text: string,
  from: number,
  openMark: string,
  closeMark: string,
  report: (d: Omit<ReportDescriptor, "paragraph">) => void,
): void {
  const marks: number[] = [];
  // Both marks in text order, found with indexOf (most paragraphs hold few or none).
  let nextOpen = text.indexOf(openMark, from);
  let nextClose = text.indexOf(closeMark, from);
  while (nextOpen >= 0 || nextClose >= 0) {
    let i: number;
    if (nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose)) {
      i = nextOpen;
      nextOpen = text.indexOf(openMark, i + 1);
    } else {
      i = nextClose;
      nextClose = text.indexOf(closeMark, i + 1);
    }
    // ’ inside a Latin word is an apostrophe (don’t).
    if (text[i] === "’" && isLatinOrDigit(text[i - 1]) && isLatinOrDigit(text[i + 1])) continue;
    marks.push(i);
  }
  if (marks.length === 0) return;
  // The usual case, pairs in order (“…”“…”), without building the strings below.
  if (marks.length % 2 === 0 && marks.every((i, k) => text[i] === (k % 2 === 0 ? openMark : closeMark))) return;
  const seq = marks.map((i) => text[i]).join("");
  const expected = Array.from({ length: marks.length }, (_, k) => (k % 2 === 0 ? openMark : closeMark)).join("");
  if (seq === expected) return;
  const even = marks.length % 2 === 0;
  const reversed = Array.from({ length: marks.length }, (_, k) => (k % 2 === 0 ? closeMark : openMark)).join("");
  const oneSided = seq === openMark.repeat(marks.length) || seq === closeMark.repeat(marks.length);
  if (even && (seq === reversed || oneSided)) {
    for (const [a, b] of inTwos(marks)) {
      const inner = text.slice(a + 1, b);
      report({
        start: a,
        end: b + 1,
        message:
          seq === reversed
            ? `引号方向颠倒：${text[a]}${inner}${text[b]}，应为${openMark}${inner}${closeMark}`
            : `引号前后不分：${text[a]}${inner}${text[b]}，应为${openMark}${inner}${closeMark}`,
        data: { mark: text[a] },
        fix: { paragraph: -1, start: a, end: b + 1, expected: text.slice(a, b + 1), replacement: openMark + inner + closeMark },
      });
    }
    return;
  }
  // Pair properly nested quotes; report what is left.
  const stack: number[] = [];
  for (const i of marks) {
    if (text[i] === openMark) stack.push(i);
    else if (stack.length > 0) stack.pop();
    else report({ start: i, end: i + 1, message: `引号不成对：后引号 ${text[i]} 前没有对应的前引号`, data: { mark: text[i] } });
  }
  for (const i of stack) {
    report({ start: i, end: i + 1, message: `引号不成对：前引号 ${text[i]} 后没有对应的后引号`, data: { mark: text[i] } });
  }
}

/** ASCII quotes (" or ') standing in Chinese text. */
function checkAscii(text: string, from: number, mark: '"' | "'", report: (d: Omit<ReportDescriptor, "paragraph">) => void): void {
  const positions: number[] = [];
  for (let i = text.indexOf(mark, from); i >= 0; i = text.indexOf(mark, i + 1)) positions.push(i);
  if (positions.length === 0) return;
  const chineseContext = (i: number) => isChinese(text[i - 1]) || isChinese(text[i + 1]);
  // ' is mostly an apostrophe or a prime (5'); judge it only beside Han characters.
  const relevant = mark === "'" ? positions.filter((i) => isHan(text[i - 1]) || isHan(text[i + 1])) : positions.filter(chineseContext);
  if (relevant.length === 0) return;
  // Pair them up when every ASCII quote of the paragraph is in Chinese context and their number is even.
  const [openMark, closeMark] = mark === '"' ? ["“", "”"] : ["‘", "’"];
  if (relevant.length === positions.length && positions.length % 2 === 0 && !positions.some((i) => isDigit(text[i - 1]) && mark === "'")) {
    for (const [a, b] of inTwos(positions)) {
      const inner = text.slice(a + 1, b);
      report({
        start: a,
        end: b + 1,
        message: `中文中使用了英文引号：${mark}${inner}${mark}，应为${openMark}${inner}${closeMark}`,
        data: { mark },
        fix: { paragraph: -1, start: a, end: b + 1, expected: text.slice(a, b + 1), replacement: openMark + inner + closeMark },
      });
    }
    return;
  }
  for (const i of relevant) {
    report({ start: i, end: i + 1, message: `中文中使用了英文引号“${mark}”，且无法确定前后`, data: { mark } });
  }
}

const rule: Rule = {
  id: "punct-unpaired",
  meta: {
    unit: "paragraph",
    severity: "warning",
    fixable: true,
    description: {
      zh: "引号、括号、书名号须成对使用，方向正确；中文中不使用英文引号。",
      en: "Quotes, brackets and title marks come in pairs, the right way round; Chinese text takes Chinese quotes.",
    },
    examples: {
      correct: "牢固树立“四个意识”，认真学习《中国共产党纪律处分条例》。",
      incorrect: "牢固树立\"四个意识\"，认真学习《中国共产党纪律处分条例。",
    },
  },
  create(context) {
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      const text = p.text;
      const from = editableStart(p);
      // Most paragraphs hold no bracket or quote at all: one native search, nothing else.
      ANY_MARK.lastIndex = from;
      if (!ANY_MARK.test(text)) continue;
      const report = (d: Omit<ReportDescriptor, "paragraph">) =>
        context.report({ ...d, paragraph: p.index, fix: d.fix ? { ...d.fix, paragraph: p.index } : undefined });
      checkBrackets(text, from, report);
      checkCurly(text, from, "“", "”", report);
      checkCurly(text, from, "‘", "’", report);
      checkAscii(text, from, '"', report);
      checkAscii(text, from, "'", report);
    }
  },
};

export default rule;
