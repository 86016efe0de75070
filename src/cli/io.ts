import { errorMessage, LocalizedError } from "../core/errors";
import { readFile, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../document/errors";
import { MAX_INPUT_BYTES, readDocument, tooLargeFile } from "../document/read";
import type { Snapshot } from "../document/snapshot";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  /** One line (a newline is added). */
  out(text: string): void;
  err(text: string): void;
  /** Raw output without a newline, for output written in pieces (large JSON); optional for callers' own IO. */
  write?(text: string): void;
}

/**
 * Standard output that goes quiet once its reader is gone (`soanchuan check … | head -c 100`):
 * the rest is not written, the command still finishes and exits with the status its results imply.
 */
function stdoutWriter(): (text: string) => void {
  let closed = false;
  let watching = false;
  return (text) => {
    if (!watching) {
      watching = true;
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
        closed = true;
      });
    }
    if (!closed) process.stdout.write(text);
  };
}

const writeStdout = stdoutWriter();

export const processIO: CliIO = {
  out: (text) => writeStdout(text + "\n"),
  write: (text) => writeStdout(text),
  err: (text) => process.stderr.write(text + "\n"),
};

/**
 * Reads a file the user named: only a regular file (never a device, FIFO or directory), and its
 * size is checked before reading, so a huge file or `/dev/zero` is refused at once.
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch {
    throw new InputError("missing-file", { vi: `Không tìm thấy hoặc không mở được tệp "${path}".`, en: `Cannot find or open "${path}".` });
  }
  if (info.isDirectory()) throw new InputError("missing-file", { vi: `"${path}" là thư mục, không phải tệp.`, en: `"${path}" is a directory, not a file.` });
  if (!info.isFile()) {
    throw new InputError("missing-file", { vi: `"${path}" không phải tệp thông thường (thiết bị, ống dẫn…).`, en: `"${path}" is not a regular file (a device, pipe…).` });
  }
  if (info.size > MAX_INPUT_BYTES) throw tooLargeFile(path, info.size);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError("missing-file", { vi: `Không mở được tệp "${path}".`, en: `Cannot open "${path}".` });
  }
  // The file may have grown between the size check and the read.
  if (bytes.length > MAX_INPUT_BYTES) throw tooLargeFile(path, bytes.length);
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

/** A failure while checking one file of a batch, named with the file; an unexpected error is labelled as such, without a stack. */
export function describeFileError(file: string, error: unknown): string {
  if (error instanceof LocalizedError) return `${file}: ${describeError(error)}`;
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `${file}: Lỗi: không kiểm tra được tệp này (lỗi nội bộ: ${detail}).\nError: this file could not be checked (internal error: ${detail}).`;
}

/**
 * Prints one JSON object on one line; with a raw writer its arrays go out in pieces, so a
 * result larger than a JavaScript string can hold is still printed.
 */
export function printJsonLine(io: CliIO, value: Record<string, unknown>): void {
  const write = io.write?.bind(io);
  if (!write) {
    io.out(JSON.stringify(value));
    return;
  }
  const PIECE = 500;
  let separator = "{";
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    write(`${separator}${JSON.stringify(key)}:`);
    separator = ",";
    if (!Array.isArray(field)) {
      write(JSON.stringify(field));
      continue;
    }
    write("[");
    for (let at = 0; at < field.length; at += PIECE) {
      const piece = field.slice(at, at + PIECE).map((item) => JSON.stringify(item) ?? "null");
      write((at > 0 ? "," : "") + piece.join(","));
    }
    write("]");
  }
  write(separator === "{" ? "{}\n" : "}\n");
}
