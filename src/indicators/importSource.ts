/**
 * One source into the prior-period store, chosen by its file type: a spreadsheet (.csv, .xlsx),
 * the store's own JSON export, or a report read with the document readers. The CLI's
 * `data import` and the task pane's picker both import through it.
 */
import { readDocument } from "../document/read";
import { importCsv, importXlsx, type TableMapping } from "./spreadsheet";
import { addValues, importReport, parseStore, type ImportResult, type IndicatorStore } from "./store";

export async function importSource(store: IndicatorStore, name: string, bytes: Uint8Array, mapping?: TableMapping): Promise<ImportResult> {
  const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
  switch (extension) {
    case ".csv":
      return importCsv(store, bytes, name, mapping);
    case ".xlsx":
      return importXlsx(store, bytes, name, mapping);
    case ".json":
      return addValues(store, parseStore(new TextDecoder().decode(bytes)).values);
    default:
      return importReport(store, await readDocument(name, bytes));
  }
}
