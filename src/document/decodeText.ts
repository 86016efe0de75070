/**
 * Text files as Unicode: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark.
 * Anything else is refused rather than guessed: Vietnamese legacy encodings (Windows-1258,
 * TCVN3, VNI) would otherwise be checked as mojibake.
 */
export type Decoded = { ok: true; text: string } | { ok: false; problem: "binary" | "legacy-encoding" };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // A NUL byte means a binary file given a text extension (or UTF-16 without its mark).
  if (body.includes(0)) return { ok: false, problem: "binary" };
  const decoded = decodeWith("utf-8", body);
  return decoded.ok ? decoded : { ok: false, problem: "legacy-encoding" };
}

function decodeWith(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: encoding === "utf-8" ? "legacy-encoding" : "binary" };
  }
}
