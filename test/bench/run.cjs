#!/usr/bin/env node
/**
 * Benchmarks (npm run bench). Each case is { name, chars?, prepare(), run(input) };
 * the TypeScript sources are bundled on the fly with esbuild into a temporary file.
 * Prints the first (cold: JIT not warmed) time, then the median and the best time per
 * document over several runs after warm-up. The bar is judged on the warm median.
 *
 * Bar: reading + paragraph extraction of 50,000 characters in under 50 ms.
 * Hostile files (issue 16) are refused at a budget: target under 1 s each (the
 * CLI's path with Node's zlib; the browser's JSZip path for comparison).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..", "..");
const wild = path.resolve(root, "..", "shared", "wild-docx");
const BAR_CHARS = 50000;
const BAR_MS = 50;

/** Bundle the modules the cases need into one CommonJS file and load it. */
function loadSources() {
  const entry =
    `export { readDocx } from ${JSON.stringify(path.join(root, "src/host/docx"))};\n` +
    `export { analyze } from ${JSON.stringify(path.join(root, "src/core/analyze"))};\n` +
    `export { PassageIndex } from ${JSON.stringify(path.join(root, "src/core/passages"))};\n` +
    `export { nodeInflateRaw } from ${JSON.stringify(path.join(root, "src/cli/files"))};\n` +
    `export { buildZip, deflate, docxEntries, para } from ${JSON.stringify(path.join(root, "test/helpers/rawZip"))};\n`;
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-")), "bench.cjs");
  esbuild.buildSync({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "warning",
  });
  return require(outfile);
}

/** A .docx of about `chars` characters shaped like a material: headings, auto-numbered items, body text. */
async function generatedDocx(chars) {
  const docx = require("docx");
  const sentence = "在学习贯彻党的创新理论方面，还存在学用脱节的问题，对照检查不够深入，整改措施落实不够到位，需要进一步加强。";
  const children = [new docx.Paragraph({ text: "2024年度民主生活会个人对照检查材料", heading: docx.HeadingLevel.TITLE })];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    if (i % 12 === 0) {
      children.push(new docx.Paragraph({ text: `存在问题第${i / 12 + 1}部分`, numbering: { reference: "cn", level: 0 } }));
    } else if (i % 4 === 0) {
      children.push(new docx.Paragraph({ text: "在带头方面", numbering: { reference: "cn", level: 1 } }));
    }
    const text = sentence + sentence;
    children.push(
      new docx.Paragraph({
        children: [new docx.TextRun({ text: "一是", bold: true }), new docx.TextRun({ text, font: { eastAsia: "仿宋_GB2312" }, size: 32 })],
        indent: { firstLine: 640 },
      }),
    );
    total += text.length + 2;
  }
  const document = new docx.Document({
    numbering: {
      config: [
        {
          reference: "cn",
          levels: [
            { level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: "%1、" },
            { level: 1, format: docx.LevelFormat.CHINESE_COUNTING, text: "（%2）" },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

/** A material of about `chars` characters made from the corpus text, varied per `seed`. */
function materialParagraphs(chars, seed = 0) {
  const corpus = fs.readFileSync(path.join(root, "test/fixtures/corpus/seed-004.txt"), "utf8").split("\n");
  const out = [];
  let total = 0;
  for (let round = 0; total < chars; round++) {
    for (const line of corpus) {
      const text = round === 0 ? line : line.replace(/。/g, `（${seed}-${round}）。`);
      out.push({ index: out.length, text });
      total += text.length;
      if (total >= chars) break;
    }
  }
  return out;
}

function wildCase(name, file) {
  const full = path.join(wild, file);
  return {
    name,
    skip: fs.existsSync(full) ? null : `${full} absent`,
    prepare: async () => new Uint8Array(fs.readFileSync(full)),
  };
}

/** Hostile packages of issue 16: each must be refused at a budget. */
function hostileDocx(sources, kind) {
  const { buildZip, deflate, docxEntries, para } = sources;
  if (kind === "paragraphs") {
    const entries = docxEntries(para("x"));
    const head = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`);
    const body = Buffer.alloc(10_000_000 * 6, "<w:p/>");
    entries[2] = { name: "word/document.xml", data: deflate(Buffer.concat([head, body, Buffer.from("</w:body></w:document>")])) };
    return buildZip(entries);
  }
  const part = deflate(`<?xml version="1.0"?><other xmlns="urn:someone-else">${" ".repeat(16 * 1024 * 1024 - 100)}</other>`);
  const parts = Array.from({ length: 300 }, (_, k) => ({ name: `customXml/item${k + 1}.xml`, data: part }));
  return buildZip([...docxEntries(para("正文")), ...parts]);
}

/** The cases. Later additions (analyzer timings) go here as further entries. */
function cases(sources) {
  const read = async (bytes, name) => {
    const doc = await sources.readDocx(bytes, name);
    return doc.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  };
  /** Time to the refusal; anything but a budget's refusal is an error. */
  const refuse = (options) => async (bytes) => {
    try {
      await sources.readDocx(bytes, "hostile.docx", options);
    } catch (error) {
      if (/上限/.test(error.message)) return 0;
      throw error;
    }
    throw new Error("hostile file was read");
  };
  const native = { inflateRaw: sources.nodeInflateRaw };
  return [
    { name: "read generated 50k-char .docx", bar: true, prepare: () => generatedDocx(BAR_CHARS), run: (b) => read(b, "generated.docx") },
    { ...wildCase("read wild 103 (72k chars)", "103-big-72k-chars.docx"), run: (b) => read(b, "103.docx") },
    { ...wildCase("read wild 104 (268k chars)", "104-big-268k-chars-ru.docx"), run: (b) => read(b, "104.docx"), warmup: 2, rounds: 5 },
    {
      name: "analyze + check a 50k-char material (structure, profile, pairs, all rules)",
      prepare: () => materialParagraphs(BAR_CHARS),
      run: (paragraphs) => {
        const a = sources.analyze(paragraphs, { hostKind: "text" });
        return a.findings.length >= 0 ? paragraphs.reduce((n, p) => n + p.text.length, 0) : 0;
      },
      warmup: 3,
      rounds: 7,
    },
    {
      name: "copied-passage index over 30 materials of 5k chars, then one query each",
      prepare: () => Array.from({ length: 30 }, (_, k) => materialParagraphs(5000, k)),
      run: (docs) => {
        const index = new sources.PassageIndex();
        docs.forEach((d, k) => index.add(`m${k}`, d));
        let found = 0;
        docs.forEach((d, k) => (found += index.find(`m${k}`, d).length));
        return docs.reduce((n, d) => n + d.reduce((m, p) => m + p.text.length, 0), 0) + found * 0;
      },
      warmup: 1,
      rounds: 3,
    },
    { name: "refuse 10 million empty paragraphs (CLI: zlib)", prepare: () => hostileDocx(sources, "paragraphs"), run: refuse(native), warmup: 1, rounds: 3 },
    { name: "refuse 10 million empty paragraphs (browser: JSZip)", prepare: () => hostileDocx(sources, "paragraphs"), run: refuse({}), warmup: 1, rounds: 3 },
    { name: "refuse 300 custom XML parts of 16 MiB (CLI: zlib)", prepare: () => hostileDocx(sources, "customXml"), run: refuse(native), warmup: 1, rounds: 3 },
    {
      name: "copied-passage over two files sharing 1,000 identical lines",
      prepare: () => {
        const line = "我们在学习贯彻习近平新时代中国特色社会主义思想方面还存在差距，理论学习不够深入系统。";
        return Array.from({ length: 1000 }, (_, index) => ({ index, text: line }));
      },
      run: (paragraphs) => {
        const index = new sources.PassageIndex();
        index.add("a", paragraphs);
        index.add("b", paragraphs);
        index.find("a", paragraphs);
        return paragraphs.reduce((n, p) => n + p.text.length, 0) * 2;
      },
      warmup: 1,
      rounds: 3,
    },
  ];
}

async function time(run, input, rounds) {
  const times = [];
  let chars = 0;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    chars = await run(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], chars };
}

async function main() {
  const sources = loadSources();
  let barMet = true;
  for (const c of cases(sources)) {
    if (c.skip) {
      console.log(`${c.name}: skipped (${c.skip})`);
      continue;
    }
    const input = await c.prepare();
    const cold = await time(c.run, input, 1);
    await time(c.run, input, c.warmup ?? 10);
    const { median, best, chars } = await time(c.run, input, c.rounds ?? 15);
    const note = c.bar ? ` — bar ${BAR_MS} ms: ${median < BAR_MS ? "met" : "NOT MET"}` : "";
    if (c.bar && median >= BAR_MS) barMet = false;
    console.log(
      `${c.name}: ${median.toFixed(1)} ms median, ${best.toFixed(1)} ms best, ${cold.best.toFixed(1)} ms cold, ${chars} chars${note}`,
    );
  }
  if (!barMet) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
