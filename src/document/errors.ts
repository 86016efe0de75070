import { LocalizedError } from "../core/errors";

export type InputErrorCode =
  | "missing-file"
  | "unknown-extension"
  | "corrupt-docx"
  | "encrypted-docx"
  | "too-large"
  | "empty-document"
  | "not-text";

/** Bad input: the CLI exits 2 and the task pane shows `message` instead of findings. */
export class InputError extends LocalizedError<InputErrorCode> {}
