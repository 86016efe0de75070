import type { Snapshot } from "./snapshot";
import { InputError } from "./errors";
import { readText } from "./readText";
import type { DocxLimits } from "./readDocx";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".docx"] as const;

/** Largest input read, in every host: a 50 MB text file is still a report; anything bigger is refused. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function tooLargeFile(name: string, size: number): InputError {
  return new InputError("too-large", {
    vi: `Tệp "${name}" quá lớn (${Math.round(size / 1048576)} MB, tối đa ${MAX_INPUT_BYTES / 1048576} MB).`,
    en: `"${name}" is too large (${Math.round(size / 1048576)} MB, limit ${MAX_INPUT_BYTES / 1048576} MB).`,
  });
}

/** Reads a report from its bytes; the file name's extension chooses the reader. */
export async function readDocument(name: string, bytes: Uint8Array, limits: DocxLimits = {}): Promise<Snapshot> {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLargeFile(name, bytes.length);
  const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
  switch (extension) {
    case ".txt":
    case ".md":
      return readText(bytes, name);
    case ".docx": {
      // Loaded on demand: the zip and XML libraries cost more start-up than a .txt check.
      const { readDocx } = await import("./readDocx");
      return readDocx(bytes, name, limits);
    }
    default:
      throw new InputError("unknown-extension", {
        vi: extension ? `Không hỗ trợ loại tệp "${extension}" ("${name}"). Hãy dùng ${SUPPORTED_EXTENSIONS.join(", ")}.` : `Không hỗ trợ tệp không có phần mở rộng ("${name}"). Hãy dùng ${SUPPORTED_EXTENSIONS.join(", ")}.`,
        en: extension ? `Unsupported file type "${extension}" ("${name}"). Use ${SUPPORTED_EXTENSIONS.join(", ")}.` : `Unsupported file without an extension ("${name}"). Use ${SUPPORTED_EXTENSIONS.join(", ")}.`,
      });
  }
}
