/** A spreadsheet as rows of cells, whatever file it was read from (CSV, .xlsx). */
export type Cell = string | number | null;

export interface SheetRows {
  /** Sheet name ("" for CSV). */
  sheet: string;
  rows: Cell[][];
}
