/**
 * The engine off the pane's main thread: a dedicated worker that runs one check at a time and
 * reports progress as the rules finish. Cancelling a check ends the worker (see engineClient).
 */
import { expose } from "comlink";
import { readDocument } from "../../../src/document/read";
import { createRecheckingRunner, warmUpEngine, type CheckProgress, type EngineRequest } from "./runCheck";

/** Set by the first request: the warm-up is for the idle moment before it, never after. */
let asked = false;
/** Checks that keep each check's paragraphs for the next (the worker lives as long as no check is cancelled). */
const runCheck = createRecheckingRunner();

const api = {
  check(request: EngineRequest, onProgress?: (progress: CheckProgress) => void) {
    asked = true;
    return runCheck(request, onProgress);
  },
  /** Reads a .docx/.txt off the main thread (unzipping and parsing a large .docx takes a while). */
  async read(name: string, bytes: Uint8Array) {
    asked = true;
    try {
      return await readDocument(name, bytes);
    } catch (error) {
      // Thrown as plain data so the two-language message survives the trip (an Error keeps only its text).
      const { name, message, code, localized } = error as { name: string; message: string; code?: string; localized?: unknown };
      throw { name, message, code, localized };
    }
  },
};

export type CheckWorkerApi = typeof api;

expose(api);
// After any request already queued for this new worker: that one needs no warm-up.
setTimeout(() => {
  if (!asked) warmUpEngine();
}, 0);
