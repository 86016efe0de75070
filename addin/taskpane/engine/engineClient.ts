import { proxy, transfer, wrap, type Remote } from "comlink";
import type { Snapshot } from "../../../src/document/snapshot";
import { LocalizedError } from "../../../src/core/errors";
import type { Localized } from "../../../src/core/types";
import { readDocument } from "../../../src/document/read";
import type { CheckOutput } from "../../../src/engine/check";
import type { CheckWorkerApi } from "./checkWorker";
import { createRecheckingRunner, type CheckProgress, type EngineRequest } from "./runCheck";

/** A check that was overtaken by a newer one; callers drop it silently. */
export class CheckCancelled extends Error {
  constructor() {
    super("check cancelled");
    this.name = "CheckCancelled";
  }
}

export interface Engine {
  /** Starts a check; a check still running is cancelled (its promise rejects with CheckCancelled). */
  check(request: EngineRequest, onProgress?: (progress: CheckProgress) => void): Promise<CheckOutput>;
  /** Reads a .docx/.txt into a snapshot (the bytes are handed over, not copied). */
  read(name: string, bytes: Uint8Array): Promise<Snapshot>;
  /** Stops the running check, if any (its promise rejects with CheckCancelled). */
  cancel(): void;
  dispose(): void;
}

/**
 * The engine in a Web Worker. The engine is synchronous, so the only way to stop a running
 * check is to end its worker: a new check while one runs terminates it and starts a fresh one.
 */
export function workerEngine(): Engine {
  let worker: Worker | null = null;
  let remote: Remote<CheckWorkerApi> | null = null;
  let cancelRunning: (() => void) | null = null;

  const start = () => {
    worker = new Worker(new URL("./checkWorker.ts", import.meta.url), { name: "soanchuan-engine" });
    remote = wrap<CheckWorkerApi>(worker);
    return remote;
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    remote = null;
  };

  const cancel = () => {
    if (!cancelRunning) return;
    cancelRunning();
    cancelRunning = null;
    stop();
  };
  // Started at once, so the worker loads its script while the pane reads the document.
  start();

  return {
    cancel,
    async read(name, bytes) {
      try {
        return await (remote ?? start()).read(name, transfer(bytes, [bytes.buffer]));
      } catch (error) {
        throw asLocalizedError(error);
      }
    },
    check(request, onProgress) {
      cancel();
      const api = remote ?? start();
      return new Promise<CheckOutput>((resolve, reject) => {
        const cancel = () => reject(new CheckCancelled());
        cancelRunning = cancel;
        api.check(request, onProgress ? proxy(onProgress) : undefined).then(
          (result) => {
            if (cancelRunning !== cancel) return;
            cancelRunning = null;
            resolve(result);
          },
          (error: unknown) => {
            if (cancelRunning !== cancel) return;
            cancelRunning = null;
            reject(error);
          },
        );
      });
    },
    dispose() {
      cancel();
      stop();
    },
  };
}

/** An engine error that crossed from the worker as plain data becomes an engine error again. */
function asLocalizedError(error: unknown): unknown {
  const data = error as { code?: string; localized?: Localized; message?: string } | null;
  if (data?.localized && typeof data.localized.vi === "string") return new LocalizedError(data.code ?? "input", data.localized);
  return error;
}

/** Same interface on the calling thread: for hosts without workers and for unit tests. */
export function inlineEngine(): Engine {
  let generation = 0;
  const runCheck = createRecheckingRunner();
  return {
    async check(request, onProgress) {
      const mine = ++generation;
      // Yield once so a newer check started in the same tick overtakes this one.
      await Promise.resolve();
      if (mine !== generation) throw new CheckCancelled();
      return runCheck(request, onProgress);
    },
    read: (name, bytes) => readDocument(name, bytes),
    cancel() {
      generation++;
    },
    dispose() {
      generation++;
    },
  };
}

export function defaultEngine(): Engine {
  return typeof Worker === "undefined" ? inlineEngine() : workerEngine();
}
