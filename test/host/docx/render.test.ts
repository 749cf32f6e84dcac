/**
 * Inserted content looks like its neighbours where people read it: `duizhao fix`
 * inserts a missing 原因分析 into materials formatted three ways (direct formatting
 * as the bundled sample, heading styles larger than the body, and the preview's plain
 * .docx whose every run says its size and whose defaults say none), LibreOffice renders each output to PDF, and pdftotext gives
 * every line's box. The inserted section heading must stand at the size (line height)
 * and indent (left edge) of the document's own section headings, its items at those
 * of the document's own items. WPS reads the same .docx (see README, "WPS").
 *
 * What the headings are comes from the input lines written here, never from the
 * engine that made the output.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { fixFile } from "../../../src/cli/fix";
import { needs, PDFTOTEXT, SOFFICE } from "../../helpers/requirements";
import { textToDocx } from "../../../src/taskpane/preview/textToDocx";
import { buildSample } from "../../tools/make-sample-docx";

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SAMPLE = readFileSync(path.join(ROOT, "assets", "sample.txt"), "utf8").replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
const SECTION = /^[一二三四五六]、/;
const ITEM = /^（[一二三四五六]）/;

/** The sample without its 原因剖析 section (heading and items). */
const CUT = (() => {
  const a = SAMPLE.findIndex((l) => l.startsWith("三、原因剖析"));
  const b = SAMPLE.findIndex((l) => l.startsWith("四、整改措施"));
  return [...SAMPLE.slice(0, a), ...SAMPLE.slice(b)];
})();

/** Heading styles larger than the body (二号 section headings, 三号 楷体 items), body 仿宋 三号. */
function styled(lines: string[]): Document {
  return new Document({
    styles: {
      default: { document: { run: { size: 32, font: "仿宋_GB2312" } } },
      paragraphStyles: [
        { id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal", run: { size: 44, font: "黑体", bold: true }, paragraph: { outlineLevel: 0 } },
        { id: "Heading2", name: "heading 2", basedOn: "Normal", next: "Normal", run: { size: 32, font: "楷体" }, paragraph: { outlineLevel: 1, indent: { firstLine: 640 } } },
      ],
    },
    sections: [
      {
        children: lines.map((l) =>
          SECTION.test(l)
            ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(l)] })
            : ITEM.test(l)
              ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(l)] })
              : new Paragraph({ children: [new TextRun(l)] }),
        ),
      },
    ],
  });
}

const CASES: { name: string; build: () => Promise<Uint8Array> }[] = [
  { name: "direct", build: async () => new Uint8Array(await Packer.toBuffer(buildSample(CUT))) },
  { name: "styles", build: async () => new Uint8Array(await Packer.toBuffer(styled(CUT))) },
  // The preview's .txt saved as .docx: every run 三号, no size default at all (Word's and
  // LibreOffice's default then is 10.5 pt): a heading that lost its run formatting shows.
  { name: "plain", build: () => textToDocx(CUT) },
];

interface Line {
  text: string;
  height: number;
  left: number;
}

/** Every line of the PDF with its height and left edge (pdftotext -bbox-layout). */
function pdfLines(pdf: string): Line[] {
  const html = execFileSync(PDFTOTEXT!, ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: Line[] = [];
  for (const m of html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const text = [...m[4]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join("");
    lines.push({ text, height: Number(m[3]) - Number(m[2]), left: Number(m[1]) });
  }
  return lines;
}

const check = needs("soffice", "pdftotext");

check.describe("inserted headings render like their neighbours in LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-render-"));
  const outputs = new Map<string, string>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    for (const c of CASES) {
      const input = path.join(dir, `${c.name}.docx`);
      writeFileSync(input, await c.build());
      const out = path.join(dir, `${c.name}-fixed.docx`);
      const { inserted } = await fixFile(input, out, { only: ["section"] });
      expect(inserted).toEqual(["插入 原因分析"]);
      outputs.set(c.name, out);
    }
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...outputs.values()], {
      timeout: 240_000,
      stdio: "ignore",
    });
  });

  test.each(CASES.map((c) => [c.name] as const))("%s", (name) => {
    const lines = pdfLines(outputs.get(name)!.replace(/\.docx$/, ".pdf"));
    const heading = lines.find((l) => l.text.includes("产生问题的原因分析"));
    expect(heading).toBeDefined();
    // The document's own section headings: the lines the input wrote as "一、…", one line each.
    const own = CUT.filter((l) => SECTION.test(l)).map((l) => lines.find((x) => x.text === l));
    expect(own.every((l) => l !== undefined)).toBe(true);
    for (const neighbour of own) {
      expect(Math.abs(heading!.height - neighbour!.height)).toBeLessThan(0.5);
      expect(Math.abs(heading!.left - neighbour!.left)).toBeLessThan(0.5);
    }
    // The inserted items (（一）…【…】) against the document's own items' first lines.
    const start = lines.indexOf(heading!);
    const items = lines.slice(start + 1).filter((l) => ITEM.test(l.text)).slice(0, 4).filter((l) => lines.indexOf(l) < lines.findIndex((x, i) => i > start && SECTION.test(x.text)));
    expect(items.length).toBeGreaterThan(0);
    const ownItems = lines.slice(0, start).filter((l) => ITEM.test(l.text));
    expect(ownItems.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(Math.abs(item.height - ownItems[0]!.height)).toBeLessThan(0.5);
      expect(Math.abs(item.left - ownItems[0]!.left)).toBeLessThan(0.5);
    }
  });
});
