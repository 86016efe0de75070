import type { Localized } from "./types";

/**
 * Every error the engine raises for users to read: a stable code for programs and a message in
 * both languages. The CLI prints it and exits 2; the task pane shows it instead of findings.
 */
export class LocalizedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = new.target.name;
  }
}

/** The message to show for any thrown value; unexpected errors keep their own text. */
export function errorMessage(error: unknown): Localized {
  if (error instanceof LocalizedError) return error.localized;
  const text = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}` };
}
