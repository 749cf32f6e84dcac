/**
 * Builds the bundled sample document assets/sample.docx from its source text
 * assets/sample.txt (one paragraph per line, numbers typed as a reader sees them):
 *   node test/tools/run-ts.cjs test/tools/make-sample-docx.ts
 *
 * The material is made up for this project. Layout follows GB/T 9704 practice:
 * A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号 centred, body 仿宋_GB2312
 * 三号 with a two-character first-line indent and 28 pt exact line spacing,
 * "一、" headings 黑体, "（一）" headings 楷体. The "（一）" level uses Word's
 * automatic numbering (chineseCounting, "（%1）", restarting in every section)
 * so the sample exercises auto numbers; every other number is typed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
} from "docx";

const ASSETS = join(__dirname, "..", "..", "assets");

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const mm = (value: number): number => Math.round((value * 1440) / 25.4);

const SIZE_ER_HAO = 44; // 二号 22 pt, in half-points
const SIZE_SAN_HAO = 32; // 三号 16 pt
const LATIN = "Times New Roman";

const fonts = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  level1: "黑体",
  level2: "楷体",
};

const run = (text: string, eastAsia: string, size = SIZE_SAN_HAO, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({ text, font: { eastAsia, ascii: LATIN, hAnsi: LATIN }, size, ...extra });

const LEVEL1 = /^[一二三四五六七八九十]+、/;
const LEVEL2 = /^（[一二三四五六七八九十]+）/;

/** Lines at the end that are the signature block (organisation and date), right-aligned. */
const isSignature = (line: string, index: number, lines: string[]): boolean =>
  index >= lines.length - 2 && !/[。，；]/.test(line);

export function buildSample(lines: string[]): Document {
  const children: Paragraph[] = [];
  let listInstance = 0;
  lines.forEach((line, index) => {
    if (index === 0) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
          children: [run(line, fonts.title, SIZE_ER_HAO)],
        }),
      );
      return;
    }
    if (LEVEL1.test(line)) {
      listInstance += 1; // the next "（一）" list starts again at 一
      children.push(
        new Paragraph({
          outlineLevel: 0,
          indent: { firstLineChars: 200, firstLine: 640 },
          children: [run(line, fonts.level1)],
        }),
      );
      return;
    }
    if (LEVEL2.test(line)) {
      const text = line.replace(LEVEL2, "");
      children.push(
        new Paragraph({
          outlineLevel: 1,
          numbering: { reference: "aspect", level: 0, instance: listInstance, custom: true },
          children: [run(text, fonts.level2)],
        }),
      );
      return;
    }
    if (isSignature(line, index, lines)) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: 640 },
          children: [run(line, fonts.body)],
        }),
      );
      return;
    }
    children.push(new Paragraph({ indent: { firstLineChars: 200, firstLine: 640 }, children: [run(line, fonts.body)] }));
  });

  return new Document({
    creator: "对照检查助手示例",
    title: lines[0],
    description: "虚构的示例材料，仅用于演示",
    styles: {
      default: {
        document: {
          run: { font: { eastAsia: fonts.body, ascii: LATIN, hAnsi: LATIN }, size: SIZE_SAN_HAO },
          paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: "aspect",
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING,
              text: "（%1）",
              alignment: AlignmentType.LEFT,
              suffix: LevelSuffix.NOTHING,
              style: {
                paragraph: { indent: { firstLineChars: 200, firstLine: 640 } },
                run: { font: { eastAsia: fonts.level2, ascii: LATIN, hAnsi: LATIN }, size: SIZE_SAN_HAO },
              },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children,
      },
    ],
  });
}

async function main(): Promise<void> {
  const source = readFileSync(join(ASSETS, "sample.txt"), "utf8");
  const lines = source.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const bytes = await Packer.toBuffer(buildSample(lines));
  const out = join(ASSETS, "sample.docx");
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${lines.length} paragraphs)`);
}

if (process.argv[1]?.endsWith("make-sample-docx.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
