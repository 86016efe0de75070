/**
 * The indicators domain as the engine, the task pane and the CLI use it: extraction (as the
 * INDICATORS analysis of a check), prior-period data, matching, arithmetic, the table, rules.
 */
export { indicatorRules } from "./ruleList";
export { INDICATORS, INDICATOR_DATA } from "./analysis";
export { extractIndicators } from "./extract";
export { importSource, organisationKey, scaleQuestions, SCALE_LIMIT, type ImportOptions, type ImportOutcome, type ImportQuestions, type ScaleQuestion } from "./importSource";
export { findPeriods, formatPeriod, parsePeriod, previousPeriod, samePeriodLastYear, comparePeriods, type Period } from "./periods";
export {
  addValues,
  conflictOf,
  findConflict,
  resolveConflict,
  TYPED_SOURCE,
  confirmMatch,
  emptyStore,
  findValue,
  importReport,
  matchCandidates,
  parseStore,
  serializeStore,
  storedIndicators,
  valuesFromRecords,
  type ImportResult,
  type ValueConflict,
  type IndicatorStore,
  type Provenance,
  type StoredValue,
  type ValueKind,
} from "./store";
export { csvValues, detectLayout, importCsv, importRows, importXlsx, valuesFromSheets, parseXlsx, type Cell, type SheetRows, type TableLayout, type TableMapping } from "./spreadsheet";
export { normalizeIndicatorName, nameSimilarity, type MatchCandidate } from "./match";
export { checkChangeAmount, checkChangePct, checkPlanPct, checkSharePct, percentChange, percentOf, type ArithmeticCheck } from "./arithmetic";
export { changeCheck } from "./rules/changeMismatch";
export { planCheck } from "./rules/planShareMismatch";
export { buildComparisonTable, type IndicatorTable, type TableCell, type TableRequest, type TableRowRequest } from "./table";
export { IndicatorDataError, type IndicatorDataErrorCode } from "./errors";
