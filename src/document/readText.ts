import type { Snapshot } from "./snapshot";
import { InputError } from "./errors";
import { decodeText } from "./decodeText";

/**
 * Plain text or markdown: one paragraph per line, blank lines included, so that paragraph
 * index = line number − 1. A trailing newline does not make an extra paragraph.
 */
export function readText(bytes: Uint8Array, source: string): Snapshot {
  const text = decodeUnicode(bytes, source);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.every((line) => line.trim() === "")) {
    throw new InputError("empty-document", {
      vi: `Tệp "${source}" không có nội dung để kiểm tra.`,
      en: `"${source}" has no text to check.`,
    });
  }
  return { source, paragraphs: lines.map((line, index) => ({ index, text: line })) };
}

function decodeUnicode(bytes: Uint8Array, source: string): string {
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  if (decoded.problem === "legacy-encoding") {
    throw new InputError("not-text", {
      vi: `Tệp "${source}" không dùng bảng mã Unicode (UTF-8) mà có lẽ là bảng mã cũ (Windows-1258, TCVN3, VNI). Hãy lưu lại dưới dạng .txt UTF-8 (Unikey: Công cụ chuyển mã) hoặc dùng .docx.`,
      en: `"${source}" is not Unicode (UTF-8) text; it looks like a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI). Save it as UTF-8 .txt or use the .docx.`,
    });
  }
  throw new InputError("not-text", {
    vi: `Tệp "${source}" không phải văn bản thuần (UTF-8). Hãy lưu lại dưới dạng .txt UTF-8 hoặc mở bằng .docx.`,
    en: `"${source}" is not UTF-8 plain text. Save it as UTF-8 .txt or use the .docx.`,
  });
}
