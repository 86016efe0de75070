import type { Snapshot } from "./snapshot";
import { InputError } from "./errors";
import { readText } from "./readText";
import type { DocxLimits } from "./readDocx";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".docx"] as const;

/** Reads a report from its bytes; the file name's extension chooses the reader. */
export async function readDocument(name: string, bytes: Uint8Array, limits: DocxLimits = {}): Promise<Snapshot> {
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
