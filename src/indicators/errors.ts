import { LocalizedError } from "../core/errors";

export type IndicatorDataErrorCode =
  | "corrupt-spreadsheet"
  | "unexpected-layout"
  | "bad-value"
  | "bad-period"
  | "empty-source"
  | "no-indicators"
  | "corrupt-store";

/** A source the store cannot take in. The store is left as it was; the CLI exits 2. */
export class IndicatorDataError extends LocalizedError<IndicatorDataErrorCode> {}
