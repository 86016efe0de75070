/**
 * The engine off the pane's main thread: a dedicated worker that runs one check at a time and
 * reports progress as the rules finish. Cancelling a check ends the worker (see engineClient).
 */
import { expose } from "comlink";
import { runCheck, type CheckProgress, type EngineRequest } from "./runCheck";

const api = {
  check(request: EngineRequest, onProgress?: (progress: CheckProgress) => void) {
    return runCheck(request, onProgress);
  },
};

export type CheckWorkerApi = typeof api;

expose(api);
