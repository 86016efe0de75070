/**
 * Office document settings (`Office.context.document.settings`): small values an add-in keeps
 * inside the document itself, so they travel with the file. Not a Word.run API: no batch, no sync.
 */
export interface DocumentSettings {
  /** The value saved under `name`, or null. */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Writes the values set so far into the document (they are lost on close otherwise). */
  save(): Promise<void>;
}

/** The real host's settings behind the promise-based interface. */
export function officeDocumentSettings(settings: Office.Settings): DocumentSettings {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)))),
      ),
  };
}
