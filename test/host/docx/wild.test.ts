/**
 * Every real-world file in ../shared/wild-docx (Word, WPS, LibreOffice; broken and
 * hostile ones too) against manifest.json's expectation, plus spot checks whose
 * answers were read from the files' XML. A visible skip when the folder is absent.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { Paragraph } from "../../../src/core/model";
import { readDocx, type DocxDocument } from "../../../src/host/docx";
import { DocumentReadError } from "../../../src/host/types";
import { needs, WILD_DIR } from "../../helpers/requirements";

const WILD = WILD_DIR;
const wild = needs("wild-docx");
const present = wild.available;

interface ManifestEntry {
  file: string;
  sha256: string;
  expect: "read" | "clear-error" | "clear-error-or-partial";
}

const manifest: ManifestEntry[] = present ? JSON.parse(fs.readFileSync(path.join(WILD, "manifest.json"), "utf8")) : [];

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

const cache = new Map<string, Promise<DocxDocument>>();
function read(prefix: string): Promise<DocxDocument> {
  const entry = manifest.find((e) => e.file.startsWith(prefix));
  if (!entry) throw new Error(`no wild file ${prefix}`);
  if (!cache.has(prefix)) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(WILD, entry.file)));
    cache.set(prefix, readDocx(bytes, entry.file));
  }
  return cache.get(prefix)!;
}

const numbered = (paragraphs: Paragraph[], style: string) =>
  paragraphs.filter((x) => x.style === style).map((x) => x.autoNumber);

wild.describe("wild .docx files", () => {
  it.each(manifest.map((e) => [e.file, e] as const))("%s", async (_name, entry) => {
    const file = path.join(WILD, entry.file);
    const before = sha256(file);
    expect(before).toBe(entry.sha256);
    let result: DocxDocument | null = null;
    let error: unknown = null;
    try {
      result = await readDocx(new Uint8Array(fs.readFileSync(file)), entry.file);
    } catch (e) {
      error = e;
    }
    if (entry.expect === "read") {
      expect(error).toBeNull();
    } else if (entry.expect === "clear-error") {
      expect(result).toBeNull();
    }
    if (error !== null) {
      expect(error).toBeInstanceOf(DocumentReadError);
      expect((error as Error).message).not.toMatch(/[\r\n]/);
      expect((error as Error).message.length).toBeLessThan(120);
    }
    if (result) {
      result.paragraphs.forEach((x, i) => expect(x.index).toBe(i));
      expect(result.paragraphRanges).toHaveLength(result.paragraphs.length);
    }
    expect(sha256(file)).toBe(before);
  }, 30_000);

  it("042 (公文 template, .dotx): heading numbers come from Heading styles linked to numbering", async () => {
    const doc = await read("042-");
    expect(doc.kind).toBe("template");
    const level1 = numbered(doc.paragraphs, "heading 2");
    expect(level1.slice(0, 12)).toEqual(["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、"]);
    const level2 = numbered(doc.paragraphs, "heading 3");
    expect(level2.slice(0, 3)).toEqual(["（一）", "（二）", "（三）"]);
    const first = doc.paragraphs.find((x) => x.style === "heading 2")!;
    expect(first.text).toBe("一、一级标题a");
    expect(first.outlineLevel).toBe(2);
    // After 一级标题2 (十二、) the second level starts again at （一）.
    const twelfth = doc.paragraphs.findIndex((x) => x.autoNumber === "十二、");
    expect(doc.paragraphs.slice(twelfth).find((x) => x.style === "heading 3")?.autoNumber).toBe("（一）");
    expect(first.format).toMatchObject({ fontEastAsia: "黑体", sizePt: 16 });
  });

  it("044 (LibreOffice, chineseCountingThousand): numId 0 switches style numbering off; start values count", async () => {
    const doc = await read("044-");
    const chapter = doc.paragraphs.find((x) => x.text.includes("竞争性谈判采购公告"))!;
    expect(chapter.text.startsWith("第一章")).toBe(true);
    expect(chapter.autoNumber).toBeUndefined();
    const other = doc.paragraphs.find((x) => x.text.includes("其他补充事宜"))!;
    expect(other.autoNumber).toBe("六、");
    expect(doc.paragraphs.some((x) => x.inTable)).toBe(true);
  });

  it("056 and 057: the main part is found through _rels/.rels", async () => {
    const online = await read("056-");
    expect(online.mainPart).toBe("word/document22.xml");
    expect(online.paragraphs[0].text).toBe("Hello World from Word Online");
    const alternate = await read("057-");
    expect(alternate.mainPart).toBe("word/document2.xml");
    expect(alternate.paragraphs[0]).toMatchObject({ text: "Test", builtInStyle: "Heading1", outlineLevel: 1 });
  });

  it.each(["086-", "087-"])("%s: numbers match the [expect] text the file carries", async (prefix) => {
    const doc = await read(prefix);
    const expected = doc.paragraphs.filter((x) => x.text.includes("[expect]"));
    expect(expected.length).toBeGreaterThan(4);
    for (const paragraph of expected) {
      const want = /\[expect\](.*?)\[\/expect\]/.exec(paragraph.text)![1];
      expect(paragraph.autoNumber).toBe(want);
    }
  });

  it("059: moved text is read once, where it was moved to", async () => {
    const doc = await read("059-");
    expect(doc.paragraphs.filter((x) => x.text.includes("text to be moved"))).toHaveLength(1);
  });

  it("060/061: deletions are left out, insertions kept", async () => {
    expect((await read("060-")).paragraphs[0].text).toBe("This is a text with a deletion.");
    expect((await read("061-")).paragraphs[0].text).toBe("This is a text with two exciting insertions.");
  });

  it("099 and 039: Strict OOXML reads, numbering included", async () => {
    expect((await read("099-")).paragraphs[0].text).toBe("Test");
    expect((await read("039-")).paragraphs[0].autoNumber).toMatch(/^⒈/);
  });

  it("112: only its theme is damaged, so the text is read and the damage reported", async () => {
    const doc = await read("112-");
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(doc.warnings.join("")).toContain("theme");
  });
});
