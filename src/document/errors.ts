import type { Localized } from "../lint/types";

export type InputErrorCode =
  | "missing-file"
  | "unknown-extension"
  | "corrupt-docx"
  | "encrypted-docx"
  | "too-large"
  | "empty-document"
  | "not-text"
  | "write-conflict";

/** Bad input: the CLI exits 2 and the task pane shows `message` instead of findings. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = "InputError";
  }
}
