import JSZip from "jszip";
import { DocxHost, readDocx, STATE_NAMESPACE } from "../../../src/host/docx";
import type { DocumentTarget } from "../../../src/host/types";
import { abstractNum, docxWithBody, num, numPr, p } from "./build";

async function partTexts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) parts.set(name, await zip.files[name].async("uint8array"));
  }
  return parts;
}

describe("DocxHost", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await docxWithBody(p("标题") + p("存在问题", numPr(90, 0)) + p(""), {
      numbering: { abstracts: abstractNum(90, [["chineseCounting", "%1、"]]), nums: num(90, 90) },
    });
  });

  it("gives the paragraphs and reports selections", async () => {
    const selections: DocumentTarget[] = [];
    const host = new DocxHost(await readDocx(bytes, "材料.docx"), (t) => selections.push(t));
    expect(host.kind).toBe("docx");
    expect(host.name).toBe("材料.docx");
    expect((await host.readParagraphs()).map((x) => x.text)).toEqual(["标题", "一、存在问题", ""]);
    await host.select({ paragraph: 1, start: 2, end: 4 });
    expect(selections).toEqual([{ paragraph: 1, start: 2, end: 4 }]);
    expect(host.selection).toEqual({ paragraph: 1, start: 2, end: 4 });
  });

  it("returns the very bytes it read while nothing changed", async () => {
    const host = new DocxHost(await readDocx(bytes, "a.docx"));
    expect(Buffer.from(await host.toBytes()).equals(Buffer.from(bytes))).toBe(true);
    expect(await host.readState()).toBeNull();
  });

  it("stores state in a custom XML part and keeps every other part unchanged", async () => {
    const host = new DocxHost(await readDocx(bytes, "a.docx"));
    const state = JSON.stringify({ pairs: [{ problem: "P1", measure: "M1" }], note: "<&\"引号\">" });
    await host.writeState(state);
    expect(await host.readState()).toBe(state);
    const saved = await host.toBytes();

    // Read back from the saved bytes: same paragraphs, same state.
    const reread = new DocxHost(await readDocx(saved, "a.docx"));
    expect((await reread.readParagraphs()).map((x) => x.text)).toEqual(["标题", "一、存在问题", ""]);
    expect(await reread.readState()).toBe(state);

    const before = await partTexts(bytes);
    const after = await partTexts(saved);
    const changed = ["word/_rels/document.xml.rels", "[Content_Types].xml"];
    for (const [name, content] of before) {
      if (changed.includes(name)) continue;
      expect(after.has(name)).toBe(true);
      expect(Buffer.from(after.get(name)!).equals(Buffer.from(content))).toBe(true);
    }
    const added = [...after.keys()].filter((name) => !before.has(name)).sort();
    expect(added).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
    const decode = (b: Uint8Array) => new TextDecoder().decode(b);
    expect(decode(after.get("customXml/item1.xml")!)).toContain(`xmlns="${STATE_NAMESPACE}"`);
    expect(decode(after.get("word/_rels/document.xml.rels")!)).toContain('Target="../customXml/item1.xml"');
    expect(decode(after.get("[Content_Types].xml")!)).toContain('PartName="/customXml/itemProps1.xml"');
    // The rels and content types only gained entries.
    const relsBefore = decode(before.get("word/_rels/document.xml.rels")!);
    expect(decode(after.get("word/_rels/document.xml.rels")!).startsWith(relsBefore.slice(0, relsBefore.lastIndexOf("</Relationships>")))).toBe(true);

    // Writing again replaces the state in the same part.
    await reread.writeState("{}");
    const again = await partTexts(await reread.toBytes());
    expect([...again.keys()].filter((name) => name.startsWith("customXml/item")).sort()).toEqual([
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    expect(await new DocxHost(await readDocx(await reread.toBytes(), "a.docx")).readState()).toBe("{}");
  });

  it("leaves other custom XML parts alone", async () => {
    const zip = await JSZip.loadAsync(bytes);
    zip.file("customXml/item1.xml", `<?xml version="1.0"?><other xmlns="urn:someone:else">x</other>`);
    const withForeign = await zip.generateAsync({ type: "uint8array" });
    const host = new DocxHost(await readDocx(withForeign, "a.docx"));
    expect(await host.readState()).toBeNull();
    await host.writeState('{"a":1}');
    const parts = await partTexts(await host.toBytes());
    expect(new TextDecoder().decode(parts.get("customXml/item1.xml")!)).toContain("urn:someone:else");
    expect(new TextDecoder().decode(parts.get("customXml/item2.xml")!)).toContain(STATE_NAMESPACE);
  });
});
