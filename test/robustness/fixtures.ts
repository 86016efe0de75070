/** Bad inputs built on the fly (nothing binary is checked in) plus a CLI runner that captures output. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}

/** The smallest package Word and our reader accept: content types, the package relationship, the body. */
export async function makeDocx(paragraphs: readonly string[], documentXml = docxXml(paragraphs)): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What Word writes for a password-protected .docx: an OLE compound file (EncryptedPackage inside). */
export function oleCompoundFile(size = 4096): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(new TextEncoder().encode("EncryptedPackage"), 512);
  return bytes;
}

/** A real zip bomb: one entry of `megabytes` MiB of zeros (a few KB compressed). */
export async function zipBomb(megabytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", new Uint8Array(megabytes * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** Rewrites the uncompressed size of every central-directory entry (a bomb that lies about, or boasts, its size). */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export function tempDir(): { dir: string; path: (name: string) => string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "soanchuan-robustness-"));
  return { dir, path: (name) => join(dir, name), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A stored (uncompressed) zip written byte by byte, for archives JSZip would take minutes to
 * build: thousands of empty entries, or an end record that claims zip64 counts.
 */
export function storedZip(entries: readonly { name: string; data?: Uint8Array }[], claimEntries?: number): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = entry.data ?? new Uint8Array(0);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const zip64 = claimEntries !== undefined && claimEntries > 0xfffe;
  const tail = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const tv = new DataView(tail.buffer);
  let at = 0;
  if (zip64) {
    tv.setUint32(0, 0x06064b50, true);
    tv.setBigUint64(4, 44n, true);
    tv.setBigUint64(24, BigInt(claimEntries), true);
    tv.setBigUint64(32, BigInt(claimEntries), true);
    tv.setBigUint64(40, BigInt(directorySize), true);
    tv.setBigUint64(48, BigInt(offset), true);
    tv.setUint32(56, 0x07064b50, true);
    tv.setBigUint64(64, BigInt(offset + directorySize), true);
    tv.setUint32(72, 1, true);
    at = 76;
  }
  const count = zip64 ? 0xffff : (claimEntries ?? entries.length);
  tv.setUint32(at, 0x06054b50, true);
  tv.setUint16(at + 8, count, true);
  tv.setUint16(at + 10, count, true);
  tv.setUint32(at + 12, directorySize, true);
  tv.setUint32(at + 16, offset, true);
  const out = new Uint8Array(offset + directorySize + tail.length);
  let position = 0;
  for (const part of [...locals, ...centrals, tail]) {
    out.set(part, position);
    position += part.length;
  }
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Rewrites the declared uncompressed size of the central-directory entries whose name passes `chosen`. */
export function withDeclaredSizeOf(zip: Uint8Array, chosen: (name: string) => boolean, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (chosen(name)) view.setUint32(i + 24, size, true);
  }
  return bytes;
}
