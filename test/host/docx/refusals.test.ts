import JSZip from "jszip";
import { readDocx } from "../../../src/host/docx";
import { DocumentReadError } from "../../../src/host/types";
import { docxWithBody, p, patch } from "./build";

/** The DocumentReadError readDocx rejects with (fails the test if it resolves or throws anything else). */
async function refusal(bytes: Uint8Array): Promise<DocumentReadError> {
  let caught: unknown = null;
  try {
    await readDocx(bytes, "bad.docx");
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DocumentReadError);
  const error = caught as DocumentReadError;
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.message).not.toMatch(/ at |Error:/);
  expect(error.message).not.toContain("bad.docx");
  expect(error.file).toBe("bad.docx");
  return error;
}

const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE, 0);
  bytes.set(utf16(streamName), 1024);
  return bytes;
}

/** Set fields of a named entry in the ZIP's local and central headers. */
function patchEntry(zip: Uint8Array, name: string, field: "crc" | "size" | "flags", value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && matches(i + 30)) {
      if (field === "flags") view.setUint16(i + 6, value, true);
      else view.setUint32(i + (field === "crc" ? 14 : 22), value, true);
      patched++;
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && matches(i + 46)) {
      if (field === "flags") view.setUint16(i + 8, value, true);
      else view.setUint32(i + (field === "crc" ? 16 : 24), value, true);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`entry ${name} not found in both headers`);
  return out;
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const RELS = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const TYPES = (part: string, type: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${type}"/></Types>`;

describe("readDocx refuses, with one clear line", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await docxWithBody(p("正文"));
  });

  it("an empty file", async () => {
    expect((await refusal(new Uint8Array(0))).message).toContain("为空");
  });

  it("a file that is not a ZIP", async () => {
    expect((await refusal(new TextEncoder().encode("这不是 Word 文档"))).message).toContain("不是 ZIP");
  });

  it("an encrypted .docx (OLE compound file with EncryptionInfo)", async () => {
    expect((await refusal(oleFile("EncryptionInfo"))).message).toContain("加密");
  });

  it("a ZIP whose entries use ZIP encryption", async () => {
    expect((await refusal(patchEntry(good, "word/document.xml", "flags", 1))).message).toContain("加密");
  });

  it("a legacy .doc", async () => {
    expect((await refusal(oleFile("WordDocument"))).message).toContain(".doc");
  });

  it("any other OLE compound file", async () => {
    expect((await refusal(oleFile("Workbook"))).message).toContain("加密或为旧版 .doc");
  });

  it("a truncated package", async () => {
    expect((await refusal(good.slice(0, Math.floor(good.length / 2)))).message).toContain("截断");
  });

  it("a package without a Word main part (a theme package)", async () => {
    const theme = await zipOf({
      "[Content_Types].xml": TYPES("theme/theme/themeManager.xml", "application/vnd.openxmlformats-officedocument.themeManager+xml"),
      "_rels/.rels": RELS("theme/theme/themeManager.xml"),
      "theme/theme/themeManager.xml": `<?xml version="1.0"?><a:themeManager xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`,
    });
    expect((await refusal(theme)).message).toContain("没有 Word 正文");
    expect((await refusal(await zipOf({ "readme.txt": "hello" }))).message).toContain("没有 Word 正文");
  });

  it("a workbook renamed .docx", async () => {
    const workbook = await zipOf({
      "[Content_Types].xml": TYPES("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
      "_rels/.rels": RELS("xl/workbook.xml"),
      "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
    });
    expect((await refusal(workbook)).message).toContain("Excel");
  });

  it("a main part whose root is not w:document", async () => {
    const bytes = await patch(good, { "word/document.xml": `<?xml version="1.0"?><root/>` });
    expect((await refusal(bytes)).message).toContain("没有 Word 正文");
  });

  it("XML with a DTD (entity expansion)", async () => {
    const bytes = await patch(good, {
      "word/document.xml": (xml) =>
        xml.replace("?>", '?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>').replace("正文", "&lol2;"),
    });
    expect((await refusal(bytes)).message).toContain("DTD");
    const styles = await patch(good, { "word/styles.xml": (xml) => xml.replace("?>", "?><!DOCTYPE x>") });
    expect((await refusal(styles)).message).toContain("DTD");
  });

  it("malformed XML in the main part or in numbering", async () => {
    const broken = await patch(good, { "word/document.xml": (xml) => xml.replace("</w:body>", "") });
    expect((await refusal(broken)).message).toMatch(/word\/document\.xml 不是有效的 XML/);
    const numbering = await patch(good, { "word/numbering.xml": (xml) => xml.replace("<w:numbering", "<w:numbering <") });
    expect((await refusal(numbering)).message).toContain("word/numbering.xml");
  });

  it("a part that declares a huge size (zip bomb), before inflating it", async () => {
    const bomb = patchEntry(good, "word/document.xml", "size", 0x7ffffff0);
    expect((await refusal(bomb)).message).toContain("压缩炸弹");
  });

  it("a part that inflates to more than it declares", async () => {
    const lying = patchEntry(good, "word/document.xml", "size", 100);
    expect((await refusal(lying)).message).toContain("word/document.xml");
  });

  it("a main part whose CRC does not match", async () => {
    const damaged = patchEntry(good, "word/document.xml", "crc", 0x12345678);
    expect((await refusal(damaged)).message).toContain("校验失败");
  });

  it("a package with too many entries", async () => {
    const zip = await JSZip.loadAsync(good);
    for (let i = 0; i < 10_001; i++) zip.file(`junk/${i}.xml`, "", { compression: "STORE" });
    const many = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    expect((await refusal(many)).message).toContain("部件超过");
  }, 30_000);
});

describe("readDocx reads on where a part it can do without is damaged", () => {
  it("a theme part failing its CRC gives a warning, not a refusal", async () => {
    const good = await docxWithBody(p("正文"));
    const damaged = patchEntry(good, "word/theme/theme1.xml", "crc", 0x12345678);
    const doc = await readDocx(damaged, "theme.docx");
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["正文"]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain("word/theme/theme1.xml");
  });
});
