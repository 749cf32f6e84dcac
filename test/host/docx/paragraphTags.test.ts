/**
 * The main part's paragraph start tags counted while it inflates (paragraphTags.ts):
 * what counts, pieces split anywhere, and a package of 10 million empty paragraphs
 * refused after inflating a fraction of its main part, through JSZip's stream (the
 * browser) and a native inflater (the CLI) alike.
 */
import JSZip from "jszip";
import { LIMITS, limitMessage } from "../../../src/core/limits";
import { readDocx } from "../../../src/host/docx";
import { PARAGRAPH_TAG_LIMIT, paragraphTagCounter } from "../../../src/host/docx/paragraphTags";
import { ByteBudget, inflate } from "../../../src/host/docx/zip";
import { nodeInflateRaw } from "../../../src/cli/files";
import { DocumentReadError } from "../../../src/host/types";
import { buildZip, deflate, docxEntries, para } from "../../helpers/rawZip";

jest.setTimeout(30_000);

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** How many tags `xml` holds by the counter's reckoning: the largest limit it refuses at, plus one. */
function counted(xml: string, pieces: (bytes: Uint8Array) => Uint8Array[] = (b) => [b]): number {
  const bytes = bytesOf(xml);
  for (let limit = 0; limit < 100; limit++) {
    const watch = paragraphTagCounter(limit);
    try {
      for (const piece of pieces(bytes)) watch(piece);
      return limit;
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentReadError);
      expect((error as Error).message).toBe(limitMessage("paragraphs"));
    }
  }
  throw new Error("over 100");
}

describe("paragraphTagCounter", () => {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="urn:w"><w:body>` +
    `<w:p><w:pPr><w:pStyle w:val="p"/></w:pPr><w:r><w:t>p</w:t></w:r><w:proofErr/><w:pict/></w:p>` +
    `<w:p/><w:p w:rsidR="00AB"/><w:p\n>` +
    `<!-- a comment --><?pi p?><![CDATA[ x ]]></w:p><a:p/><p>p</p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
    `</w:body></w:document>`;

  it("counts start tags named p in any prefix, and nothing else", () => {
    // w:p ×6 (two of them in one), a:p, p; not pPr, pStyle, proofErr, pict, end tags, comments, PIs.
    expect(counted(xml)).toBe(7);
  });

  it("counts the same whatever the pieces the bytes come in", () => {
    const total = counted(xml);
    for (let at = 0; at <= xml.length; at++) {
      expect(counted(xml, (b) => [b.subarray(0, at), b.subarray(at)])).toBe(total);
    }
    expect(counted(xml, (b) => Array.from(b, (_, k) => b.subarray(k, k + 1)))).toBe(total);
  });

  it("lets twice the reader's budget through, so that below it the reader's exact count decides", () => {
    expect(PARAGRAPH_TAG_LIMIT).toBe(2 * LIMITS.paragraphs);
    // Body paragraphs with a text box each, whose paragraph Word writes twice (choice and fallback): 3 tags each.
    const box = `<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p/></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p/></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`;
    const thousand = bytesOf(`<w:p>${box}</w:p>`.repeat(1000));
    const watch = paragraphTagCounter();
    // 66,000 paragraphs: 198,000 tags pass; 1,000 more (201,000) do not.
    for (let k = 0; k < 66; k++) watch(thousand);
    expect(() => watch(thousand)).toThrow(limitMessage("paragraphs"));
  });
});

describe("10 million empty paragraphs", () => {
  const part = (() => {
    const head = bytesOf(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`);
    const tail = bytesOf("</w:body></w:document>");
    const body = new Uint8Array(10_000_000 * 6);
    const tag = bytesOf("<w:p/>");
    body.set(tag);
    // Doubling copies: 60 MB in a few dozen native calls.
    for (let filled = tag.length; filled < body.length; filled *= 2) body.copyWithin(filled, 0, Math.min(filled, body.length - filled));
    const xml = new Uint8Array(head.length + body.length + tail.length);
    xml.set(head);
    xml.set(body, head.length);
    xml.set(tail, head.length + body.length);
    return deflate(xml);
  })();
  const entries = docxEntries(para("x"));
  entries[2] = { name: "word/document.xml", data: part };
  const bytes = buildZip(entries);

  it("are refused with the paragraph budget's line, by JSZip's stream and by a native inflater", async () => {
    await expect(readDocx(bytes, "hostile.docx")).rejects.toThrow(limitMessage("paragraphs"));
    await expect(readDocx(bytes, "hostile.docx", { inflateRaw: nodeInflateRaw })).rejects.toThrow(limitMessage("paragraphs"));
  });

  it("are refused while the main part inflates: JSZip's stream stops after a fifth of it", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const budget = new ByteBudget();
    const file = zip.file("word/document.xml")!;
    await expect(inflate(file, { limit: LIMITS.inflatedBytes, budget, watch: paragraphTagCounter() })).rejects.toThrow(limitMessage("paragraphs"));
    const spent = LIMITS.inflatedBytes - budget.remaining;
    expect(spent).toBeGreaterThan(PARAGRAPH_TAG_LIMIT * 6);
    expect(spent).toBeLessThan(part.size / 5);
  });

  it("are refused while the main part inflates: Node's zlib (the CLI's) stops after a fifth of it too", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const budget = new ByteBudget();
    const file = zip.file("word/document.xml")!;
    await expect(inflate(file, { limit: LIMITS.inflatedBytes, budget, raw: nodeInflateRaw, watch: paragraphTagCounter() })).rejects.toThrow(
      limitMessage("paragraphs"),
    );
    const spent = LIMITS.inflatedBytes - budget.remaining;
    expect(spent).toBeGreaterThan(PARAGRAPH_TAG_LIMIT * 6);
    expect(spent).toBeLessThan(part.size / 5);
  });
});

describe("a watched part through Node's zlib", () => {
  it("comes out whole and the same as inflated at once, the watcher seeing every byte in order", async () => {
    const xml = bytesOf(`<w:document><w:body>${"<w:p><w:r><w:t>整改落实到位</w:t></w:r></w:p>".repeat(60_000)}</w:body></w:document>`);
    const zip = await JSZip.loadAsync(buildZip([{ name: "word/document.xml", data: deflate(xml) }]));
    const seen: Uint8Array[] = [];
    const out = await inflate(zip.file("word/document.xml")!, { limit: LIMITS.inflatedBytes, raw: nodeInflateRaw, watch: (c) => seen.push(c.slice()) });
    expect(Buffer.from(out).equals(Buffer.from(xml))).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(Buffer.concat(seen).equals(Buffer.from(xml))).toBe(true);
  });

  it("refuses damaged data as a damaged part", async () => {
    const whole = deflate(bytesOf("<w:document/>".repeat(1000)));
    const damaged = { ...whole, compressed: whole.compressed.slice(0, Math.floor(whole.compressed.length / 2)) };
    const zip = await JSZip.loadAsync(buildZip([{ name: "word/document.xml", data: damaged }]));
    await expect(inflate(zip.file("word/document.xml")!, { limit: LIMITS.inflatedBytes, raw: nodeInflateRaw, watch: () => undefined })).rejects.toThrow();
  });
});
