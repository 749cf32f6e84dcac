/**
 * The reader's budgets (core/limits.ts), in-process: each hostile package made
 * here (small: a few KB to a few MB on disk) is refused with one Chinese line that
 * names the limit, and the refusal comes from the budget, before the work it
 * guards is done. The same packages through the CLI, under a 600 MB heap, are in
 * test/cli/hostile.test.ts.
 */
import { LIMITS, limitMessage } from "../../../src/core/limits";
import { readDocx } from "../../../src/host/docx";
import { MSG } from "../../../src/host/docx/messages";
import { findStatePart } from "../../../src/host/docx/state";
import { nodeInflateRaw } from "../../../src/cli/files";
import { ByteBudget, crc32 } from "../../../src/host/docx/zip";
import { escapeXml } from "../../../src/host/docx/xml";
import { DocumentReadError } from "../../../src/host/types";
import { buildZip, deflate, docxEntries, para } from "../../helpers/rawZip";
import JSZip from "jszip";

jest.setTimeout(15_000);

async function refusal(bytes: Uint8Array): Promise<string> {
  let caught: unknown;
  try {
    await readDocx(bytes, "hostile.docx");
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DocumentReadError);
  const message = (caught as DocumentReadError).message;
  expect(message).not.toMatch(/[\r\n]|Error:| at /);
  return message;
}

const numbering = (lvl: string) =>
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">${lvl}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;

describe("automatic numbering", () => {
  it("refuses a start value past Word's 32,767 (ten billion with letters ran out of memory)", async () => {
    const bytes = buildZip(
      docxEntries(para("第一项", 1), {
        numbering: numbering(`<w:start w:val="10000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/>`),
      }),
    );
    const message = await refusal(bytes);
    expect(message).toBe(limitMessage("numberingValue", 10000000000));
    expect(message).toContain("32767");
  });

  it("refuses a startOverride past it too, and reads 32,767 itself", async () => {
    const over = numbering(`<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>`).replace(
      '<w:abstractNumId w:val="1"/></w:num>',
      '<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-40000"/></w:lvlOverride></w:num>',
    );
    expect(await refusal(buildZip(docxEntries(para("项", 1), { numbering: over })))).toContain("-40000");
    const max = numbering(`<w:start w:val="32767"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>`);
    const doc = await readDocx(buildZip(docxEntries(para("项", 1) + para("项", 1), { numbering: max })), "max.docx");
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["32767.项", "32768.项"]);
  });

  it("refuses a level text repeating %1 100,000 times (it hung for over a minute)", async () => {
    const bytes = buildZip(
      docxEntries(para("项", 1), { numbering: numbering(`<w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(100_000)}"/>`) }),
    );
    expect(await refusal(bytes)).toBe(limitMessage("levelTextChars"));
  });

  it("counts automatic numbers towards the paragraph budget", async () => {
    // 99,000 characters of text: under the budget alone. 400 placeholders of 32767 add a
    // 2,000-character number, and together they are over it.
    const lvl = `<w:start w:val="32767"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(400)}"/>`;
    const text = "项".repeat(99_000);
    const plain = await readDocx(buildZip(docxEntries(para(text))), "plain.docx");
    expect(plain.paragraphs[0]!.text).toHaveLength(99_000);
    expect(await refusal(buildZip(docxEntries(para(text, 1), { numbering: numbering(lvl) })))).toBe(limitMessage("paragraphChars"));
  });
});

describe("the package", () => {
  it("refuses two entries with the same name (the last one was read: a body Word does not show)", async () => {
    const entries = docxEntries(para("Word 显示的正文"));
    const hidden = { name: "word/document.xml", data: docxEntries(para("另一份正文"))[2].data };
    const message = await refusal(buildZip([...entries, hidden]));
    expect(message).toBe(MSG.duplicatePart("word/document.xml"));
    // OPC part names ignore case: a second name differing in case is the same part.
    expect(await refusal(buildZip([...entries, { ...hidden, name: "Word/Document.xml" }]))).toContain("同名部件");
    // Names JSZip files as one: "word/./document.xml" is word/document.xml.
    expect(await refusal(buildZip([...entries, { ...hidden, name: "word/./document.xml" }]))).toBe(MSG.duplicatePart("word/document.xml"));
    // The central directory says another name; JSZip reads the local header's.
    expect(await refusal(buildZip([...entries, { ...hidden, centralName: "word/other.xml" }]))).toBe(MSG.duplicatePart("word/document.xml"));
  });

  it("refuses entries that share one compressed blob (9,900 names, one 16 MiB part)", async () => {
    const blob = deflate(new Uint8Array(16 * 1024 * 1024).fill(0x20));
    const entries = [...docxEntries(para("正文")), { name: "customXml/item1.xml", data: blob }];
    const aliases = Array.from({ length: 9_900 }, (_, k) => ({ name: `customXml/item${k + 2}.xml`, target: entries.length - 1 }));
    const bytes = buildZip(entries, { aliases });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refusal(bytes)).toBe(MSG.overlappingParts());
  });

  it("refuses more entries than allowed before loading them", async () => {
    const bytes = buildZip(docxEntries(para("正文")), {
      aliases: Array.from({ length: LIMITS.zipEntries }, (_, k) => ({ name: `x/${k}.bin`, target: 0 })),
    });
    expect(await refusal(bytes)).toBe(limitMessage("zipEntries"));
  });

  it("counts custom XML parts against the one inflation budget (300 parts of 16 MiB took 96 s)", async () => {
    const spaces = " ".repeat(16 * 1024 * 1024 - 100);
    // Someone else's parts: each is peeked at, and the peeks count.
    const foreign = deflate(`<?xml version="1.0"?><other xmlns="urn:someone-else">${spaces}</other>`);
    // Parts in our namespace that never parse (no end tag): each would be inflated whole.
    const broken = deflate(`<?xml version="1.0"?><state xmlns="urn:duizhao:state:1">${spaces}`);
    for (const data of [foreign, broken]) {
      const parts = Array.from({ length: 300 }, (_, k) => ({ name: `customXml/item${k + 1}.xml`, data }));
      const bytes = buildZip([...docxEntries(para("正文")), ...parts]);
      expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
      expect(await refusal(bytes)).toBe(limitMessage("inflatedBytes"));
      // The budget stopped it: no more than one part past it was inflated.
      const budget = new ByteBudget();
      await expect(findStatePart(await JSZip.loadAsync(bytes), budget)).rejects.toThrow(limitMessage("inflatedBytes"));
      expect(-budget.remaining).toBeLessThanOrEqual(16 * 1024 * 1024);
    }
  });

  it("still finds the state among foreign custom XML parts, peeking at each", async () => {
    const foreign = { name: "customXml/item1.xml", data: `<?xml version="1.0"?><b:Sources xmlns:b="urn:bib">${"<b:Source/>".repeat(10_000)}</b:Sources>` };
    const state = { name: "customXml/item2.xml", data: `<?xml version="1.0"?><state xmlns="urn:duizhao:state:1">{"version":1}</state>` };
    const doc = await readDocx(buildZip([...docxEntries(para("正文")), foreign, state]), "state.docx");
    expect(doc.state).toEqual({ name: "customXml/item2.xml", json: '{"version":1}' });
  });
});

describe("text budgets", () => {
  it("refuses a paragraph longer than allowed while streaming", async () => {
    const message = await refusal(buildZip(docxEntries(para("字".repeat(LIMITS.paragraphChars + 1)))));
    expect(message).toBe(limitMessage("paragraphChars"));
    // Across runs of one paragraph too.
    const runs = `<w:p>${`<w:r><w:t>${"字".repeat(60_000)}</w:t></w:r>`.repeat(2)}</w:p>`;
    expect(await refusal(buildZip(docxEntries(runs)))).toBe(limitMessage("paragraphChars"));
  });

  it("refuses a document longer than allowed", async () => {
    const body = para("字".repeat(50_000)).repeat(Math.ceil(LIMITS.documentChars / 50_000) + 1);
    expect(await refusal(buildZip(docxEntries(body)))).toBe(limitMessage("documentChars"));
  });

  it("refuses more paragraphs than allowed (a million empty ones took 6–10 s and 750 MB)", async () => {
    expect(await refusal(buildZip(docxEntries("<w:p/>".repeat(1_000_000))))).toBe(limitMessage("paragraphs"));
    const doc = await readDocx(buildZip(docxEntries("<w:p/>".repeat(LIMITS.paragraphs))), "many.docx");
    expect(doc.paragraphs).toHaveLength(LIMITS.paragraphs);
  });

  it("refuses a part that inflates past the budget (a 150-million-character paragraph)", async () => {
    const head = new TextEncoder().encode(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`);
    const tail = new TextEncoder().encode(`</w:t></w:r></w:p></w:body></w:document>`);
    const text = new Uint8Array(150_000_000).fill(0x61);
    const document = new Uint8Array(head.length + text.length + tail.length);
    document.set(head);
    document.set(text, head.length);
    document.set(tail, head.length + text.length);
    const entries = docxEntries(para("x"));
    entries[2] = { name: "word/document.xml", data: deflate(document) };
    expect(await refusal(buildZip(entries))).toBe(limitMessage("inflatedBytes"));
  });
});

describe("XML", () => {
  it("refuses namespace declarations nested past the limit, in linear time (15,000 ran out of memory)", async () => {
    const depth = 15_000;
    let open = "";
    for (let k = 0; k < depth; k++) open += `<e xmlns:p${k}="urn:x:${k}">`;
    const body = `<w:p><w:r><w:t>正文</w:t></w:r></w:p>${open}${"</e>".repeat(depth)}`;
    expect(await refusal(buildZip(docxEntries(body)))).toBe(limitMessage("namespaceDepth"));
  });

  it("reads declarations nested within the limit, and the prefix Word's namespace is bound to in each scope", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let open = "";
    for (let k = 0; k < 100; k++) open += `<e xmlns:p${k}="urn:x:${k}">`;
    // Inside, "v" is rebound to Word's namespace and "w" to something else; outside, "w" again.
    const inner = `<v:p xmlns:v="${W}" xmlns:w="urn:other"><v:pPr><v:jc v:val="center"/></v:pPr><v:r><v:t>里面</v:t></v:r></v:p>`;
    const body = `<w:p><w:r><w:t>前</w:t></w:r></w:p>${open}${inner}${"</e>".repeat(100)}<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>后</w:t></w:r></w:p>`;
    const doc = await readDocx(buildZip(docxEntries(body)), "ns.docx");
    expect(doc.paragraphs.map((p) => [p.text, p.format?.alignment])).toEqual([
      ["前", undefined],
      ["里面", "center"],
      ["后", "right"],
    ]);
  });

  it("escapeXml drops what XML 1.0 forbids and keeps everything else", () => {
    expect(escapeXml("a\u0001b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh")).toBe("abcdefgh");
    expect(escapeXml("tab\tline\ncr\r<&>\"")).toBe("tab\tline\ncr\r&lt;&amp;&gt;&quot;");
    expect(escapeXml("lone \ud800 and \udc00, pair \ud83d\ude00")).toBe("lone  and , pair \ud83d\ude00");
  });
});

describe("a native inflater (the CLI's zlib) keeps the same limits", () => {
  const read = (bytes: Uint8Array) => readDocx(bytes, "native.docx", { inflateRaw: nodeInflateRaw });

  it("reads what JSZip reads", async () => {
    const bytes = buildZip(docxEntries(para("第一段") + para("第二段")));
    expect((await read(bytes)).paragraphs).toEqual((await readDocx(bytes, "native.docx")).paragraphs);
  });

  it("checks CRCs with the platform's CRC-32 where it has one, which agrees with the JavaScript one", () => {
    const data = new Uint8Array(100_003).map((_, k) => (k * 7919 + (k >> 5)) & 0xff);
    if (nodeInflateRaw.crc32) expect(nodeInflateRaw.crc32(data) >>> 0).toBe(crc32(data));
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("inflates a part whose size is declared in one piece, and one that declares less than it holds is refused", () => {
    const text = "正文".repeat(50_000);
    const packed = deflate(text);
    const out = nodeInflateRaw(packed.compressed, 10_000_000, packed.size);
    expect(new TextDecoder().decode(out)).toBe(text);
    expect(() => nodeInflateRaw(packed.compressed, packed.size - 1, packed.size - 2)).toThrow();
  });

  it("refuses past the budget, past the declared size, and on a bad CRC", async () => {
    const entries = docxEntries(para("x"));
    const big = deflate(new Uint8Array(LIMITS.inflatedBytes + 1).fill(0x20));
    const main = { name: "word/document.xml", data: big };
    await expect(read(buildZip([entries[0], entries[1], main]))).rejects.toThrow(limitMessage("inflatedBytes"));
    // Declares 100 bytes, inflates to more: damaged (stopped at 101 bytes, not at the budget).
    const real = deflate(docxEntries(para("正文".repeat(100)))[2].data as string);
    const lying = { name: "word/document.xml", data: { ...real, size: 100 } };
    await expect(read(buildZip([entries[0], entries[1], lying]))).rejects.toThrow(MSG.badPart("word/document.xml"));
    const badCrc = { name: "word/document.xml", data: { ...real, crc: (real.crc + 1) >>> 0 } };
    await expect(read(buildZip([entries[0], entries[1], badCrc]))).rejects.toThrow(MSG.badPart("word/document.xml"));
  });
});

describe("ByteBudget", () => {
  it("refuses once spent", () => {
    const budget = new ByteBudget(10);
    budget.spend(10);
    expect(() => budget.spend(1)).toThrow(MSG.tooBig());
  });
});
