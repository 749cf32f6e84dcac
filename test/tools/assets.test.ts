/**
 * The committed assets match the scripts and sources that make them:
 * assets/sample.docx reads back as assets/sample.txt (with its automatic
 * "（一）" numbers), and every icon's pixels are what make-icons.ts draws.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import { ICON_SIZES, renderIcon } from "./make-icons";

const ASSETS = join(__dirname, "..", "..", "assets");

describe("assets/sample.docx", () => {
  test("has exactly the paragraphs of assets/sample.txt", async () => {
    const expected = paragraphsFromText(readFileSync(join(ASSETS, "sample.txt"), "utf8")).map((p) => p.text);
    const document = await readDocx(new Uint8Array(readFileSync(join(ASSETS, "sample.docx"))), "sample.docx");
    expect(document.paragraphs.map((p) => p.text)).toEqual(expected);
  });

  test("numbers its （一） level automatically and uses the customary fonts", async () => {
    const document = await readDocx(new Uint8Array(readFileSync(join(ASSETS, "sample.docx"))), "sample.docx");
    const numbered = document.paragraphs.filter((p) => p.autoNumber);
    expect(numbered.map((p) => p.autoNumber)).toEqual(["（一）", "（二）", "（三）", "（四）", "（一）", "（二）", "（三）", "（四）"]);
    expect(numbered.every((p) => p.format?.fontEastAsia === "楷体")).toBe(true);
    const [title, preface] = document.paragraphs;
    expect(title.format).toMatchObject({ fontEastAsia: "方正小标宋简体", sizePt: 22, alignment: "center" });
    expect(preface.format).toMatchObject({ fontEastAsia: "仿宋_GB2312", sizePt: 16 });
    const level1 = document.paragraphs.filter((p) => /^[一二三四]、/.test(p.text));
    expect(level1.length).toBe(4);
    expect(level1.every((p) => p.format?.fontEastAsia === "黑体")).toBe(true);
  });
});

/** RGBA pixels of an 8-bit RGBA PNG written with filter 0 (as make-icons.ts writes them). */
function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect([bytes[24], bytes[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    if (type === "IDAT") idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

describe("icons", () => {
  test.each(ICON_SIZES.map((size) => [size]))("assets/icon-%i.png is the drawn glyph", (size) => {
    const png = decodePng(readFileSync(join(ASSETS, `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
  });
});
