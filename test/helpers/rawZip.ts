/**
 * ZIP packages written byte by byte, for hostile inputs JSZip will not write:
 * two entries under one name, thousands of central-directory records pointing at
 * one compressed blob, the same compressed data reused by hundreds of entries.
 * Compression is Node's zlib (raw deflate), so a 16 MiB part costs milliseconds.
 */
import { deflateRawSync } from "zlib";
import { crc32 } from "../../src/host/docx/zip";

export interface Deflated {
  compressed: Uint8Array;
  crc: number;
  size: number;
}

export function deflate(data: Uint8Array | string): Deflated {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return { compressed: new Uint8Array(deflateRawSync(bytes, { level: 9 })), crc: crc32(bytes), size: bytes.length };
}

export interface ZipEntry {
  name: string;
  /** The part's content (compressed here), or content compressed once and reused. */
  data: Uint8Array | string | Deflated;
  /** Another name in the central directory than in the local header (readers differ on which they use). */
  centralName?: string;
}

export interface ZipOptions {
  /** More central-directory records, each pointing at the local header of entries[target]. */
  aliases?: { name: string; target: number }[];
}

function isDeflated(data: ZipEntry["data"]): data is Deflated {
  return typeof data === "object" && "compressed" in data;
}

/** A ZIP of `entries` (deflated), in order, with optional extra central records (aliases). */
export function buildZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const records: { name: Uint8Array; central: Uint8Array; d: Deflated; offset: number }[] = [];
  for (const entry of entries) {
    const d = isDeflated(entry.data) ? entry.data : deflate(entry.data);
    const name = new TextEncoder().encode(entry.name);
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x0800, true); // UTF-8 names
    view.setUint16(8, 8, true); // deflate
    view.setUint32(14, d.crc, true);
    view.setUint32(18, d.compressed.length, true);
    view.setUint32(22, d.size, true);
    view.setUint16(26, name.length, true);
    header.set(name, 30);
    records.push({ name, central: entry.centralName !== undefined ? new TextEncoder().encode(entry.centralName) : name, d, offset });
    chunks.push(header, d.compressed);
    offset += header.length + d.compressed.length;
  }
  const centralRecord = (name: Uint8Array, d: Deflated, at: number) => {
    const record = new Uint8Array(46 + name.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(8, 0x0800, true);
    view.setUint16(10, 8, true);
    view.setUint32(16, d.crc, true);
    view.setUint32(20, d.compressed.length, true);
    view.setUint32(24, d.size, true);
    view.setUint16(28, name.length, true);
    view.setUint32(42, at, true);
    record.set(name, 46);
    central.push(record);
  };
  for (const r of records) centralRecord(r.central, r.d, r.offset);
  for (const alias of options.aliases ?? []) {
    const target = records[alias.target];
    centralRecord(new TextEncoder().encode(alias.name), target.d, target.offset);
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const count = central.length;
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, Math.min(count, 0xffff), true);
  view.setUint16(10, Math.min(count, 0xffff), true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The parts of a minimal Word package: `body` is the inner XML of w:body, or the
 * whole document part when it starts with "<?xml"; `numbering` the inner XML of
 * w:numbering (the part and its relationship are left out when undefined).
 */
export function docxEntries(body: string, options: { numbering?: string } = {}): ZipEntry[] {
  const document = body.startsWith("<?xml")
    ? body
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        (options.numbering !== undefined
          ? `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`
          : "") +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: "word/document.xml", data: document },
  ];
  if (options.numbering !== undefined) {
    entries.push(
      {
        name: "word/_rels/document.xml.rels",
        data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
      },
      { name: "word/numbering.xml", data: `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${options.numbering}</w:numbering>` },
    );
  }
  return entries;
}

/** `<w:p>` with one run of `text`, and a numbering reference when `numId` is given. */
export function para(text: string, numId?: number): string {
  const pPr = numId !== undefined ? `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : "";
  return `<w:p>${pPr}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ""}</w:p>`;
}
