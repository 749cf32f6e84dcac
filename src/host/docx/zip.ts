/**
 * Opening the ZIP package safely: recognising what a non-ZIP file is (encrypted
 * OOXML and legacy .doc are OLE compound files), refusing packages whose entries
 * share a name (which one a reader takes is not defined) or share compressed data
 * (thousands of entries inflating one blob), capping entry count and the bytes we
 * inflate over all parts read (zip bombs; see core/limits.ts), and checking the
 * CRC of every part we read. Parts we never read are neither inflated nor checked.
 */
import JSZip from "jszip";
import { LIMITS } from "../../core/limits";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";
import { decodeXml } from "./xml";
import { OutputLimitError, type RawInflate } from "./inflate";

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

/** One entry of the central directory, with where its data lies in the file. */
interface CentralEntry {
  name: string;
  /** [start, end) of the entry in the file: its local header, name, extra field and data. */
  start: number;
  end: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

/** A name as JSZip files it: "." and empty segments dropped, ".." resolved. */
function resolveName(name: string): string {
  const parts = name.split("/");
  const out: string[] = [];
  parts.forEach((part, k) => {
    if (part === "." || (part === "" && k !== 0 && k !== parts.length - 1)) return;
    if (part === "..") out.pop();
    else out.push(part);
  });
  return out.join("/");
}

/**
 * The central directory as JSZip will read it (same end record, same offset
 * correction for prepended bytes, records read while their signature holds, names
 * from the local headers), or null where it cannot be walked: JSZip then refuses
 * the file itself, or reads it and the checks after loading still hold. Throws
 * tooManyParts before walking more entries than allowed.
 */
function centralDirectory(data: Uint8Array): CentralEntry[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
  let end = -1;
  for (let i = data.length - 22; i >= 0 && i >= data.length - 22 - 0xffff; i--) {
    if (u32(i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = u16(end + 10);
  let size = u32(end + 12);
  let offset = u32(end + 16);
  let expectedEnd: number;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || u16(end + 4) === 0xffff || u16(end + 6) === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== SIG_LOCATOR64) return null;
    const record = u64(locator + 8);
    if (record + 56 > data.length || u32(record) !== SIG_END64) return null;
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
    expectedEnd = offset + size + 20 + 12 + u64(record + 4);
  } else {
    expectedEnd = offset + size;
  }
  if (count > LIMITS.zipEntries) throw new DocumentReadError(MSG.tooManyParts());
  const zero = Math.max(0, end - expectedEnd);

  const entries: CentralEntry[] = [];
  let at = zero + offset;
  while (at + 4 <= data.length && u32(at) === SIG_CENTRAL) {
    if (entries.length >= LIMITS.zipEntries) throw new DocumentReadError(MSG.tooManyParts());
    if (at + 46 > data.length) return null;
    const flags = u16(at + 8);
    let compressed = u32(at + 20);
    const uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > data.length) return null;
    // ZIP64 sizes and offset, in this order, for the fields set to 0xFFFFFFFF.
    for (let e = nameStart + nameLength; e + 4 <= nameStart + nameLength + extraLength; ) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (uncompressed === 0xffffffff) f += 8;
        if (compressed === 0xffffffff && f + 8 <= e + 4 + length) {
          compressed = u64(f);
          f += 8;
        }
        if (local === 0xffffffff && f + 8 <= e + 4 + length) local = u64(f);
        break;
      }
      e += 4 + length;
    }
    const header = zero + local;
    if (header + 30 > data.length || u32(header) !== SIG_LOCAL) return null;
    // JSZip takes the name from the local header.
    const localName = u16(header + 26);
    if (header + 30 + localName > data.length) return null;
    const nameBytes = data.subarray(header + 30, header + 30 + localName);
    const name = resolveName(new TextDecoder(flags & 0x0800 ? "utf-8" : "latin1").decode(nameBytes));
    const dataStart = header + 30 + localName + u16(header + 28);
    entries.push({ name, start: header, end: dataStart + compressed });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuse entries that share bytes of the file, or a name (ignoring case, as OPC does). */
function checkEntries(entries: readonly CentralEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) throw new DocumentReadError(MSG.overlappingParts());
  }
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const key = entry.name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
    if (names.has(key)) throw new DocumentReadError(MSG.duplicatePart(entry.name));
    names.add(key);
  }
}

/** JSZip keeps the central-directory facts of a loaded entry here (not in its typings). */
interface LoadedEntryData {
  uncompressedSize?: number;
  crc32?: number;
  /** The entry's compressed bytes: a view into the loaded file. */
  compressedContent?: Uint8Array;
  /** "\x08\x00" for DEFLATE, "\x00\x00" for stored. */
  compression?: { magic?: string };
}

export { OutputLimitError, type RawInflate } from "./inflate";

function loadedData(file: JSZip.JSZipObject): LoadedEntryData | undefined {
  return (file as unknown as { _data?: LoadedEntryData })._data;
}

/**
 * After loading, the same check on what JSZip itself will inflate: no two entries'
 * compressed bytes overlap (whatever the central directory walk above made of it).
 */
function checkLoadedOverlaps(zip: JSZip, data: Uint8Array): void {
  const ranges: [number, number][] = [];
  for (const name of Object.keys(zip.files)) {
    const content = loadedData(zip.files[name])?.compressedContent;
    if (!(content instanceof Uint8Array) || content.length === 0 || content.buffer !== data.buffer) continue;
    ranges.push([content.byteOffset, content.byteOffset + content.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) throw new DocumentReadError(MSG.overlappingParts());
  }
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

/** Bytes a package may still inflate, shared by every part read from it. */
export class ByteBudget {
  constructor(public remaining: number = LIMITS.inflatedBytes) {}

  /** Count `n` inflated bytes; throws tooBig once the budget is spent (and stays spent). */
  spend(n: number): void {
    this.remaining -= n;
    if (this.remaining < 0) throw new DocumentReadError(MSG.tooBig());
  }
}

export interface InflateOptions {
  /** At most this many bytes for this part (more, or more declared, is `tooBig`). */
  limit: number;
  /** Every byte inflated, kept or not, is counted here too. */
  budget?: ByteBudget;
  /**
   * Stop once this many bytes are in: the result is the part's beginning (at least
   * `peek` bytes where the part has them), and its CRC is not checked.
   */
  peek?: number;
  /** Inflate DEFLATE entries with this instead of JSZip's stream (not when peeking). */
  raw?: RawInflate;
  /**
   * Sees the part's bytes in order, in pieces as they are inflated (the whole part at
   * once from a native inflater), and may refuse it by throwing a DocumentReadError:
   * inflation then stops there.
   */
  watch?: (chunk: Uint8Array) => void;
}

/**
 * The whole part through a native inflater, within the same limits as the stream below.
 * With `watch` and an inflater that can give its output in pieces (RawInflate.watched),
 * each piece is watched as it comes, so that a refusal stops the inflation there.
 */
async function inflateNative(
  raw: RawInflate,
  content: Uint8Array,
  name: string,
  limit: number,
  declared: number | undefined,
  budget: ByteBudget | undefined,
  watch: ((chunk: Uint8Array) => void) | undefined,
): Promise<{ bytes: Uint8Array; watched: boolean }> {
  // Past what the entry declares it is damaged (or lying); past the limit, too big.
  const lying = declared !== undefined && declared < limit;
  const max = Math.max(1, lying ? declared + 1 : limit);
  const inPieces = watch !== undefined ? raw.watched : undefined;
  let seen = 0;
  let bytes: Uint8Array;
  try {
    bytes =
      inPieces && watch
        ? await inPieces(content, max, declared, (chunk) => {
            seen += chunk.length;
            watch(chunk);
          })
        : raw(content, max, declared);
  } catch (error) {
    // The watcher's refusal stands as it is; what was inflated until then is spent.
    if (error instanceof DocumentReadError) {
      if (budget) budget.remaining -= seen;
      throw error;
    }
    if (budget) budget.remaining -= max;
    if (error instanceof OutputLimitError && !lying) throw new DocumentReadError(MSG.tooBig());
    throw new DocumentReadError(MSG.badPart(name));
  }
  if (budget) budget.remaining -= bytes.length;
  if ((budget && budget.remaining < 0) || bytes.length > limit) throw new DocumentReadError(MSG.tooBig());
  if (declared !== undefined && bytes.length > declared) throw new DocumentReadError(MSG.badPart(name));
  return { bytes, watched: inPieces !== undefined };
}

/**
 * Inflate one entry, refusing more than `limit` bytes (or more than the entry
 * declares, or more than the budget holds) as soon as the stream passes it, and
 * checking the CRC of loaded entries (unless only peeking).
 */
export async function inflate(file: JSZip.JSZipObject, limitOrOptions: number | InflateOptions): Promise<Uint8Array> {
  const options: InflateOptions = typeof limitOrOptions === "number" ? { limit: limitOrOptions } : limitOrOptions;
  const { budget, peek } = options;
  const limit = Math.min(options.limit, budget ? budget.remaining : Infinity);
  const name = file.name;
  const entry = loadedData(file);
  const declared = typeof entry?.uncompressedSize === "number" ? entry.uncompressedSize : undefined;
  if (declared !== undefined) {
    if (declared > options.limit) throw new DocumentReadError(MSG.tooBig());
    // The whole part would not fit in what the package has left: spend it now, and fail.
    if (budget && peek === undefined && declared > budget.remaining) budget.spend(declared);
  }

  const content = entry?.compressedContent;
  if (options.raw && peek === undefined && content instanceof Uint8Array && entry?.compression?.magic === "\x08\x00") {
    const { bytes, watched } = await inflateNative(options.raw, content, name, limit, declared, budget, options.watch);
    const check = options.raw.crc32 ?? crc32;
    if (typeof entry.crc32 === "number" && check(bytes) >>> 0 !== entry.crc32 >>> 0) throw new DocumentReadError(MSG.badPart(name));
    if (!watched) options.watch?.(bytes);
    return bytes;
  }

  const chunks: Uint8Array[] = [];
  let total = 0;
  let peeked = false;
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const stream = (file as unknown as StreamableEntry).internalStream("uint8array");
    const finish = (error?: DocumentReadError) => {
      if (done) return;
      done = true;
      stream.pause();
      if (error) reject(error);
      else resolve();
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        // Inflation already under way finishes its input chunk after a pause: what it
        // produces is work done, and counts, kept or not.
        if (budget) budget.remaining -= chunk.length;
        if (done) return;
        total += chunk.length;
        if (budget && budget.remaining < 0) finish(new DocumentReadError(MSG.tooBig()));
        else if (total > limit) finish(new DocumentReadError(MSG.tooBig()));
        else if (declared !== undefined && total > declared) finish(new DocumentReadError(MSG.badPart(name)));
        else {
          if (options.watch) {
            try {
              options.watch(chunk);
            } catch (error) {
              finish(error instanceof DocumentReadError ? error : new DocumentReadError(MSG.badPart(name)));
              return;
            }
          }
          chunks.push(chunk);
          if (peek !== undefined && total >= peek) {
            peeked = true;
            finish();
          }
        }
      })
      .on("error", () => finish(new DocumentReadError(MSG.badPart(name))))
      .on("end", () => finish())
      .resume();
  });

  // A peek may have produced more than it kept (see above): still within the budget?
  if (budget && budget.remaining < 0) throw new DocumentReadError(MSG.tooBig());

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
  if (!peeked && typeof entry?.crc32 === "number" && crc32(bytes) !== entry.crc32 >>> 0) {
    throw new DocumentReadError(MSG.badPart(name));
  }
  return bytes;
}

/** The package: its ZIP and a reader of parts that enforces the limits. */
export class Package {
  /** Bytes still allowed to be inflated, over every part read (the state part included). */
  readonly budget = new ByteBudget();
  private readonly byLowerName = new Map<string, string>();

  private constructor(
    readonly zip: JSZip,
    private readonly raw?: RawInflate,
  ) {
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name].dir) this.byLowerName.set(name.toLowerCase(), name);
    }
  }

  static async open(data: Uint8Array, options: { raw?: RawInflate } = {}): Promise<Package> {
    checkSignature(data);
    const entries = centralDirectory(data);
    if (entries) checkEntries(entries);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data, { checkCRC32: false, createFolders: false });
    } catch (error) {
      // Entries encrypted with ZIP's own (legacy) encryption are refused by JSZip as such.
      if (error instanceof Error && /encrypt/i.test(error.message)) throw new DocumentReadError(MSG.encrypted());
      throw new DocumentReadError(MSG.badZip());
    }
    if (Object.keys(zip.files).length > LIMITS.zipEntries) throw new DocumentReadError(MSG.tooManyParts());
    // Entries JSZip filed under one name (after its own decoding of names): fewer files than records.
    if (entries && Object.keys(zip.files).length < entries.length) throw new DocumentReadError(MSG.duplicatePart());
    checkLoadedOverlaps(zip, data);
    return new Package(zip, options.raw);
  }

  /** The stored name of a part (part names are case-insensitive in OPC), or undefined. */
  find(partName: string): string | undefined {
    const name = partName.startsWith("/") ? partName.slice(1) : partName;
    if (this.zip.files[name] && !this.zip.files[name].dir) return name;
    return this.byLowerName.get(name.toLowerCase());
  }

  /** Inflate a part, within the remaining budget, and check its CRC; `watch` sees its bytes as they come (InflateOptions). */
  async bytes(partName: string, watch?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
    const name = this.find(partName);
    const file = name !== undefined ? this.zip.file(name) : null;
    if (name === undefined || !file) throw new DocumentReadError(MSG.badPart(partName));
    return inflate(file, { limit: LIMITS.inflatedBytes, budget: this.budget, raw: this.raw, watch });
  }

  async text(partName: string, watch?: (chunk: Uint8Array) => void): Promise<string> {
    return decodeXml(await this.bytes(partName, watch));
  }
}
