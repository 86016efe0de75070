/**
 * Files the command line writes (the prior-period data, the citation registry): written to a
 * temporary file beside the target and renamed over it, so a reader never sees half a file;
 * and read-modify-write runs under a lock file, so two concurrent commands are serialised and
 * neither update is lost. A lock still held after the wait is reported as a conflict.
 */
import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { InputError } from "../document/errors";

/** How long a command waits for another one writing the same file. */
export const LOCK_WAIT_MS = 60_000;
/** A lock older than this whose owner cannot be found is left over from a crash. */
const STALE_LOCK_MS = 10 * 60_000;

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Runs `update` holding `${path}.lock`; waits for another holder up to `waitMs`, then refuses. */
export async function withFileLock<T>(path: string, update: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await isStale(lock)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() >= deadline) throw conflict(path);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  try {
    return await update();
  } finally {
    await rm(lock, { force: true });
  }
}

async function isStale(lock: string): Promise<boolean> {
  const [owner, info] = await Promise.all([readFile(lock, "utf8").catch(() => ""), stat(lock).catch(() => null)]);
  if (!info) return false; // released meanwhile: try again
  const pid = Number(owner);
  if (Number.isInteger(pid) && pid > 0 && !alive(pid)) return true;
  return Date.now() - info.mtimeMs > STALE_LOCK_MS;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function conflict(path: string): InputError {
  return new InputError("write-conflict", {
    vi: `Tệp "${path}" đang được một lệnh soanchuan khác ghi; chưa ghi gì. Hãy chạy lại khi lệnh kia xong (hoặc xóa "${path}.lock" nếu không còn lệnh nào chạy).`,
    en: `"${path}" is being written by another soanchuan command; nothing was written. Run again when it finishes (or delete "${path}.lock" if none is running).`,
  });
}
