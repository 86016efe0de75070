import type { Localized, Severity } from "../../src/core/types";

export type Language = "vi" | "en";

/** Vietnamese unless Office says the UI is English. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}

export function localize(text: Localized, language: Language): string {
  return text[language] || text.vi;
}

const STRINGS = {
  tabStructure: { vi: "Cấu trúc", en: "Structure" },
  tabCitations: { vi: "Viện dẫn", en: "Citations" },
  tabIndicators: { vi: "Chỉ tiêu", en: "Indicators" },
  tabsLabel: { vi: "Nhóm kiểm tra", en: "Check areas" },
  recheck: { vi: "Kiểm tra lại", en: "Re-check" },
  profile: { vi: "Hệ thống quy định", en: "Profile" },
  kind: { vi: "Loại báo cáo", en: "Report kind" },
  mode: { vi: "Giai đoạn", en: "Stage" },
  auto: { vi: "Tự nhận biết", en: "Detect" },
  modeDraft: { vi: "Dự thảo", en: "Draft" },
  modeFinal: { vi: "Trước khi ký", en: "Before signing" },
  trackChanges: { vi: "Bật theo dõi thay đổi khi sửa", en: "Track changes when fixing" },
  reading: { vi: "Đang đọc văn bản…", en: "Reading the document…" },
  checking: { vi: "Đang kiểm tra {n} đoạn…", en: "Checking {n} paragraphs…" },
  applying: { vi: "Đang sửa…", en: "Applying fixes…" },
  noFindings: { vi: "Không phát hiện vấn đề nào trong mục này.", en: "No problems found here." },
  notChecked: { vi: "Chưa kiểm tra văn bản.", en: "The document has not been checked yet." },
  summary: { vi: "{n} vấn đề · hồ sơ {profile} · {kind} · {mode}", en: "{n} findings · profile {profile} · {kind} · {mode}" },
  fix: { vi: "Sửa", en: "Fix" },
  fixAll: { vi: "Sửa tất cả {n} lỗi loại này", en: "Fix all {n} of this kind" },
  ignore: { vi: "Bỏ qua", en: "Ignore" },
  ignoredCount: { vi: "Đã bỏ qua {n} vấn đề", en: "{n} ignored" },
  showIgnored: { vi: "Hiện lại các vấn đề đã bỏ qua", en: "Show ignored findings again" },
  jumpTo: { vi: "Đến đoạn {p}: {text}", en: "Go to paragraph {p}: {text}" },
  paragraph: { vi: "Đoạn {p}", en: "Paragraph {p}" },
  addComments: { vi: "Chèn nhận xét vào văn bản", en: "Add as Word comments" },
  commentsAdded: { vi: "Đã chèn {n} nhận xét.", en: "{n} comments added." },
  fixed: { vi: "Đã sửa {n} chỗ.", en: "{n} changes applied." },
  refusedTitle: { vi: "Một số sửa đổi không được áp dụng", en: "Some changes were not applied" },
  errorTitle: { vi: "Có lỗi", en: "Something went wrong" },
  dismiss: { vi: "Đóng", en: "Dismiss" },
  severity_error: { vi: "Lỗi", en: "Errors" },
  severity_warning: { vi: "Cảnh báo", en: "Warnings" },
  severity_info: { vi: "Nhắc nhở", en: "Reminders" },
  citedDocuments: { vi: "Văn bản được viện dẫn ({n})", en: "Cited documents ({n})" },
  mentions: { vi: "{n} lần", en: "{n} mentions" },
  insertDocumentsTable: { vi: "Chèn bảng danh mục văn bản", en: "Insert as a table" },
  documentsTableTitle: { vi: "Danh mục văn bản được viện dẫn", en: "Cited documents" },
  colNo: { vi: "TT", en: "No." },
  colDocument: { vi: "Văn bản", en: "Document" },
  colSymbol: { vi: "Số, ký hiệu", en: "Number-symbol" },
  colDate: { vi: "Ngày", en: "Date" },
  colIssuer: { vi: "Cơ quan ban hành", en: "Issuer" },
  colMentions: { vi: "Số lần", en: "Mentions" },
  tableInserted: { vi: "Đã chèn bảng.", en: "Table inserted." },
  tableNoRefresh: {
    vi: "Đã chèn bảng. Phiên bản Word này (WordApi 1.3) không lưu được dữ liệu bảng nên không thể cập nhật lại.",
    en: "Table inserted. This Word (WordApi 1.3) cannot store the table's data, so it cannot be refreshed.",
  },
  indicatorsFound: { vi: "Chỉ tiêu trong văn bản ({n})", en: "Indicators in this report ({n})" },
  noIndicators: { vi: "Chưa tìm thấy chỉ tiêu nào trong văn bản.", en: "No indicator statements found in this report." },
  importSources: { vi: "Nhập số liệu kỳ trước", en: "Import prior-period data" },
  dropHint: {
    vi: "Kéo thả tệp vào đây hoặc chọn tệp (.txt, .docx báo cáo kỳ trước; .csv, .xlsx số liệu thống kê)",
    en: "Drop files here or choose files (.txt, .docx prior reports; .csv, .xlsx statistics)",
  },
  chooseFiles: { vi: "Chọn tệp…", en: "Choose files…" },
  importing: { vi: "Đang nhập {file} ({i}/{n})…", en: "Importing {file} ({i}/{n})…" },
  imported: { vi: "Đã nhập {n} giá trị từ {file}.", en: "{n} values imported from {file}." },
  organisation: { vi: "Đơn vị", en: "Organisation" },
  storeCount: { vi: "Kho số liệu: {n} giá trị", en: "Data store: {n} values" },
  exportStore: { vi: "Xuất JSON", en: "Export JSON" },
  importStore: { vi: "Nhập JSON", en: "Import JSON" },
  colIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  colPrior: { vi: "Thực hiện cùng kỳ", en: "Same period last year" },
  colCurrent: { vi: "Thực hiện", en: "Actual" },
  colCompare: { vi: "So sánh (%)", en: "Change (%)" },
  colSource: { vi: "Nguồn số liệu kỳ trước", en: "Prior value source" },
  priorFromFootnote: { vi: "chú thích trong văn bản", en: "footnote in this report" },
  missing: { vi: "chưa có", en: "n/a" },
  selectRow: { vi: "Chọn chỉ tiêu {name}", en: "Select indicator {name}" },
  preview: { vi: "Xem trước bảng", en: "Table preview" },
  insertTable: { vi: "Chèn bảng sau vị trí con trỏ", en: "Insert table after the cursor" },
  refreshTables: { vi: "Cập nhật các bảng đã chèn", en: "Refresh inserted tables" },
  tablesRefreshed: { vi: "Đã cập nhật {n} bảng.", en: "{n} tables refreshed." },
  showSources: { vi: "Nguồn số liệu các bảng đã chèn", en: "Show sources of inserted tables" },
  previewSources: { vi: "Nguồn số liệu của bảng xem trước", en: "Sources of the previewed table" },
  noSources: { vi: "Chưa có số liệu nào kèm nguồn.", en: "No value with a source yet." },
  noStoredTables: { vi: "Văn bản chưa có bảng chỉ tiêu nào do Soạn Chuẩn chèn.", en: "The document has no indicator table inserted by Soạn Chuẩn." },
  sourceParagraph: { vi: "đoạn", en: "paragraph" },
  sourceFootnote: { vi: "chú thích", en: "footnote" },
  sourceRow: { vi: "dòng", en: "row" },
  indicatorTableTitle: { vi: "Bảng so sánh chỉ tiêu", en: "Indicator comparison" },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, values = {}) =>
    STRINGS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function severityKey(severity: Severity): StringKey {
  return `severity_${severity}`;
}
