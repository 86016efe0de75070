import { errorMessage } from "../core/errors";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../document/errors";
import { readDocument } from "../document/read";
import type { Snapshot } from "../document/snapshot";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
};

/** Largest input read: a 50 MB text file is still a report; anything bigger is refused. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(path: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError("missing-file", {
      vi: code === "EISDIR" ? `"${path}" là thư mục, không phải tệp.` : `Không tìm thấy hoặc không mở được tệp "${path}".`,
      en: code === "EISDIR" ? `"${path}" is a directory, not a file.` : `Cannot find or open "${path}".`,
    });
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError("too-large", {
      vi: `Tệp "${path}" quá lớn (${Math.round(bytes.length / 1048576)} MB, tối đa ${MAX_INPUT_BYTES / 1048576} MB).`,
      en: `"${path}" is too large (${Math.round(bytes.length / 1048576)} MB, limit ${MAX_INPUT_BYTES / 1048576} MB).`,
    });
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function readSnapshotFile(path: string): Promise<Snapshot> {
  return readDocument(basename(path), await readInputFile(path));
}

export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const bytes = await readInputFile(path);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError("not-text", {
      vi: `${what} "${path}" không phải JSON hợp lệ: ${(error as Error).message}`,
      en: `${what} "${path}" is not valid JSON: ${(error as Error).message}`,
    });
  }
}

/** Bad input for the terminal: Vietnamese first, then English. */
export function describeError(error: unknown): string {
  const message = errorMessage(error);
  return `Lỗi: ${message.vi}\nError: ${message.en}`;
}
