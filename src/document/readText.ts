import type { Snapshot } from "./snapshot";
import { InputError } from "./errors";

/**
 * Plain text or markdown: one paragraph per line, blank lines included, so that paragraph
 * index = line number − 1. A trailing newline does not make an extra paragraph.
 */
export function readText(bytes: Uint8Array, source: string): Snapshot {
  const text = decodeUtf8(bytes, source);
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = withoutBom.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.every((line) => line.trim() === "")) {
    throw new InputError("empty-document", {
      vi: `Tệp "${source}" không có nội dung để kiểm tra.`,
      en: `"${source}" has no text to check.`,
    });
  }
  return { source, paragraphs: lines.map((line, index) => ({ index, text: line })) };
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  // A NUL byte means a binary file given a text extension (or UTF-16, which we do not read).
  if (bytes.includes(0)) {
    throw new InputError("not-text", {
      vi: `Tệp "${source}" không phải văn bản thuần (UTF-8). Hãy lưu lại dưới dạng .txt UTF-8 hoặc mở bằng .docx.`,
      en: `"${source}" is not UTF-8 plain text. Save it as UTF-8 .txt or use the .docx.`,
    });
  }
  return new TextDecoder("utf-8").decode(bytes);
}
