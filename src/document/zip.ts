/**
 * A bounded zip reader for OOXML packages (.docx, .xlsx). It reads the central directory only,
 * refuses too many entries or a declared size over the budget before inflating anything, and
 * inflates a part only when a reader asks for it — in small steps, stopping as soon as the part
 * outgrows its declared size, the per-part limit or the package's remaining byte budget.
 */
import { Inflate } from "fflate";

export interface ZipLimits {
  /** Entries in the central directory (real reports hold tens; a few hundred with images). */
  maxEntries?: number;
  /** Bytes inflated for one part. */
  maxPartBytes?: number;
  /** Bytes inflated for all parts read, and the sum the directory may declare. */
  maxUncompressedBytes?: number;
}

export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxPartBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
} as const satisfies Required<ZipLimits>;

/** Why a package was refused: "damaged" (not a valid zip) or "too-large" (a limit exceeded). */
export class ZipError extends Error {
  constructor(
    readonly kind: "damaged" | "too-large",
    detail: string,
  ) {
    super(detail);
    this.name = "ZipError";
  }
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes pushed per inflate step: one step can expand to at most ~1 MB (deflate's ratio is ≤ 1032:1). */
const STEP = 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An OLE compound file: what Word writes for a password-protected .docx (or a legacy .doc). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private readonly limits: Required<ZipLimits>;
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits = {},
  ) {
    this.limits = { ...ZIP_LIMITS, ...limits };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { count, offset } = directoryLocation(view);
    if (count > this.limits.maxEntries) throw new ZipError("too-large", `${count} zip entries (limit ${this.limits.maxEntries})`);
    let at = offset;
    let declared = 0;
    for (let k = 0; k < count; k += 1) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError("damaged", "zip directory unreadable");
      const nameLength = view.getUint16(at + 28, true);
      const entry: Entry = {
        method: view.getUint16(at + 10, true),
        crc: view.getUint32(at + 16, true),
        compressed: view.getUint32(at + 20, true),
        uncompressed: view.getUint32(at + 24, true),
        localHeader: view.getUint32(at + 42, true),
        name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      };
      declared += entry.uncompressed;
      if (declared > this.limits.maxUncompressedBytes) {
        throw new ZipError("too-large", `declares ${mb(declared)} MB uncompressed (limit ${mb(this.limits.maxUncompressedBytes)} MB)`);
      }
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localHeader;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipError("damaged", `${name}: local header missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + entry.compressed > this.bytes.length) throw new ZipError("damaged", `${name}: truncated`);
    const data = this.bytes.subarray(start, start + entry.compressed);
    const content = entry.method === 0 ? this.stored(entry, data) : entry.method === 8 ? this.inflate(entry, data) : undefined;
    if (!content) throw new ZipError("damaged", `${name}: unsupported compression method ${entry.method}`);
    if (content.length !== entry.uncompressed) throw new ZipError("damaged", `${name}: size differs from the zip directory`);
    if (crc32(content) !== entry.crc) throw new ZipError("damaged", `${name}: checksum mismatch`);
    return content;
  }

  text(name: string): string | undefined {
    const content = this.read(name);
    return content && new TextDecoder().decode(content);
  }

  private stored(entry: Entry, data: Uint8Array): Uint8Array {
    this.charge(entry, data.length);
    return data;
  }

  private inflate(entry: Entry, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      // A part larger than its directory entry is damaged (or a bomb lying about its size): stop now.
      if (size > entry.uncompressed) throw new ZipError("damaged", `${entry.name}: larger than the zip directory says`);
      chunks.push(chunk);
    });
    this.charge(entry, entry.uncompressed);
    try {
      for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError("damaged", `${entry.name}: ${error instanceof Error ? error.message : "inflate error"}`);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  /** Books a part's declared size against the per-part and whole-package budgets before any inflating. */
  private charge(entry: Entry, bytes: number): void {
    if (bytes > this.limits.maxPartBytes) {
      throw new ZipError("too-large", `${entry.name} is ${mb(bytes)} MB uncompressed (limit ${mb(this.limits.maxPartBytes)} MB)`);
    }
    this.inflated += bytes;
    if (this.inflated > this.limits.maxUncompressedBytes) {
      throw new ZipError("too-large", `expands to over ${mb(this.inflated)} MB (limit ${mb(this.limits.maxUncompressedBytes)} MB)`);
    }
  }
}

/** Entry count and directory offset from the end record (zip64 when the classic fields overflow). */
function directoryLocation(view: DataView): { count: number; offset: number } {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i -= 1) {
    if (view.getUint32(i, true) !== EOCD) continue;
    let count = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    if ((count === 0xffff || offset === 0xffffffff) && i >= 20 && view.getUint32(i - 20, true) === ZIP64_LOCATOR) {
      const record = Number(view.getBigUint64(i - 12, true));
      if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipError("damaged", "zip64 directory unreadable");
      count = Number(view.getBigUint64(record + 32, true));
      offset = Number(view.getBigUint64(record + 48, true));
    }
    return { count, offset };
  }
  throw new ZipError("damaged", "zip directory unreadable");
}

const mb = (n: number) => (n / 1048576).toFixed(1);

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
