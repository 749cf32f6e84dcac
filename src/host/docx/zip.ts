/**
 * Opening the ZIP package safely: recognising what a non-ZIP file is (encrypted
 * OOXML and legacy .doc are OLE compound files), capping entry count and the
 * uncompressed bytes we inflate (zip bombs), and checking the CRC of every part
 * we read. Parts we never read are neither inflated nor checked.
 */
import JSZip from "jszip";
import { DocumentReadError } from "../types";
import { MAX_ENTRIES, MAX_TOTAL_BYTES, MSG } from "./messages";
import { decodeXml } from "./xml";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  if (data.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (data[i] !== magic[i]) return false;
  return true;
}

/** Does the OLE directory name a stream `name` (names are UTF-16LE)? */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= data.length; i++) {
    if (data[i] !== first || data[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (data[i + 2 * k] !== name.charCodeAt(k) || data[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Refuse what is not a ZIP before JSZip sees it, with the most specific message we can give. */
function checkSignature(data: Uint8Array): void {
  if (data.length === 0) throw new DocumentReadError(MSG.empty());
  if (startsWith(data, OLE_MAGIC)) {
    if (hasUtf16Name(data, "EncryptionInfo") || hasUtf16Name(data, "EncryptedPackage")) {
      throw new DocumentReadError(MSG.encrypted());
    }
    if (hasUtf16Name(data, "WordDocument")) throw new DocumentReadError(MSG.legacyDoc());
    throw new DocumentReadError(MSG.ole());
  }
  // Local file header, or the end record of an empty archive.
  const zip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
  if (!zip || !((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6))) {
    throw new DocumentReadError(MSG.notZip());
  }
}

/** JSZip keeps the central-directory facts of a loaded entry here (not in its typings). */
interface LoadedEntryData {
  uncompressedSize?: number;
  crc32?: number;
}

/** ZipObject.internalStream exists in JSZip 3 but is missing from its typings. */
interface StreamableEntry {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Inflate one entry, refusing more than `limit` bytes (or more than the entry
 * declares) as soon as the stream passes it, and checking the CRC of loaded entries.
 */
export async function inflate(file: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
  const name = file.name;
  const entry = (file as unknown as { _data?: LoadedEntryData })._data;
  const declared = typeof entry?.uncompressedSize === "number" ? entry.uncompressedSize : undefined;
  if (declared !== undefined && declared > limit) throw new DocumentReadError(MSG.tooBig());

  const chunks: Uint8Array[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const stream = (file as unknown as StreamableEntry).internalStream("uint8array");
    const fail = (error: DocumentReadError) => {
      if (failed) return;
      failed = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (failed) return;
        total += chunk.length;
        if (total > limit) fail(new DocumentReadError(MSG.tooBig()));
        else if (declared !== undefined && total > declared) fail(new DocumentReadError(MSG.badPart(name)));
        else chunks.push(chunk);
      })
      .on("error", () => fail(new DocumentReadError(MSG.badPart(name))))
      .on("end", () => {
        if (!failed) resolve();
      })
      .resume();
  });

  let bytes: Uint8Array;
  if (chunks.length === 1) bytes = chunks[0];
  else {
    bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
  }
  if (typeof entry?.crc32 === "number" && crc32(bytes) !== entry.crc32 >>> 0) {
    throw new DocumentReadError(MSG.badPart(name));
  }
  return bytes;
}

/** The package: its ZIP and a reader of parts that enforces the limits. */
export class Package {
  /** Bytes still allowed to be inflated. */
  private budget = MAX_TOTAL_BYTES;
  private readonly byLowerName = new Map<string, string>();

  private constructor(readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name].dir) this.byLowerName.set(name.toLowerCase(), name);
    }
  }

  static async open(data: Uint8Array): Promise<Package> {
    checkSignature(data);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data, { checkCRC32: false, createFolders: false });
    } catch (error) {
      // Entries encrypted with ZIP's own (legacy) encryption are refused by JSZip as such.
      if (error instanceof Error && /encrypt/i.test(error.message)) throw new DocumentReadError(MSG.encrypted());
      throw new DocumentReadError(MSG.badZip());
    }
    if (Object.keys(zip.files).length > MAX_ENTRIES) throw new DocumentReadError(MSG.tooManyParts());
    return new Package(zip);
  }

  /** The stored name of a part (part names are case-insensitive in OPC), or undefined. */
  find(partName: string): string | undefined {
    const name = partName.startsWith("/") ? partName.slice(1) : partName;
    if (this.zip.files[name] && !this.zip.files[name].dir) return name;
    return this.byLowerName.get(name.toLowerCase());
  }

  /** Inflate a part, within the remaining budget, and check its CRC. */
  async bytes(partName: string): Promise<Uint8Array> {
    const name = this.find(partName);
    const file = name !== undefined ? this.zip.file(name) : null;
    if (name === undefined || !file) throw new DocumentReadError(MSG.badPart(partName));
    const bytes = await inflate(file, this.budget);
    this.budget -= bytes.length;
    return bytes;
  }

  async text(partName: string): Promise<string> {
    return decodeXml(await this.bytes(partName));
  }
}
