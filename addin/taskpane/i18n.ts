import { errorMessage } from "../../src/core/errors";
import type { Localized, Severity } from "../../src/core/types";

export type Language = "vi" | "en";

/** Vietnamese unless Office says the UI is English. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}

export function localize(text: Localized, language: Language): string {
  return text[language] || text.vi;
}

/** Any error as a message in the pane's language (the engine's errors carry both languages). */
export function errorText(error: unknown, language: Language): string {
  return localize(errorMessage(error), language);
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
  summary: { vi: "{n} vấn đề", en: "{n} findings" },
  setup: { vi: "Thiết lập", en: "Setup" },
  setupLabel: { vi: "Thiết lập kiểm tra: {value}", en: "Check setup: {value}" },
  detected: { vi: "tự nhận biết", en: "detected" },
  profile_auto: { vi: "Tự nhận biết", en: "Detect" },
  "profile_party-2018": { vi: "Văn bản Đảng (HD 36/2018)", en: "Party documents (Guidance 36/2018)" },
  "profile_party-2026": { vi: "Văn bản Đảng (HD 05/2026)", en: "Party documents (Guidance 05/2026)" },
  profile_state: { vi: "Văn bản Nhà nước (NĐ 30/2020)", en: "State documents (Decree 30/2020)" },
  kind_auto: { vi: "Tự nhận biết", en: "Detect" },
  "kind_six-month": { vi: "Báo cáo 6 tháng", en: "Six-month report" },
  kind_annual: { vi: "Báo cáo năm", en: "Annual report" },
  "kind_mid-term": { vi: "Báo cáo sơ kết giữa nhiệm kỳ", en: "Mid-term review" },
  kind_conclusion: { vi: "Kết luận", en: "Conclusion" },
  "kind_state-report": { vi: "Báo cáo (Nhà nước)", en: "State report" },
  kind_other: { vi: "Văn bản khác", en: "Other document" },
  kind_notice: { vi: "Thông báo", en: "Notice" },
  kind_plan: { vi: "Kế hoạch", en: "Plan" },
  kind_programme: { vi: "Chương trình", en: "Programme" },
  kind_submission: { vi: "Tờ trình", en: "Submission" },
  kind_resolution: { vi: "Nghị quyết", en: "Resolution" },
  kind_decision: { vi: "Quyết định", en: "Decision" },
  kind_directive: { vi: "Chỉ thị", en: "Directive" },
  kind_guidance: { vi: "Hướng dẫn", en: "Guidance" },
  kind_project: { vi: "Đề án", en: "Project" },
  "kind_official-letter": { vi: "Công văn", en: "Official letter" },
  category_structure: { vi: "Cấu trúc", en: "Structure" },
  category_citation: { vi: "Viện dẫn", en: "Citations" },
  category_indicator: { vi: "Số liệu", en: "Figures" },
  category_presentation: { vi: "Trình bày", en: "Layout" },
  category_consistency: { vi: "Nhất quán", en: "Consistency" },
  allCategories: { vi: "Tất cả", en: "All" },
  filterLabel: { vi: "Lọc theo mức độ", en: "Filter by severity" },
  categoryFilter: { vi: "Lọc theo nhóm", en: "Filter by category" },
  count_error: { vi: "{n} lỗi", en: "{n} errors" },
  count_warning: { vi: "{n} cảnh báo", en: "{n} warnings" },
  count_info: { vi: "{n} nhắc nhở", en: "{n} reminders" },
  hiddenBySeverity: { vi: "{n} nhắc nhở đang ẩn — bấm “{label}” ở trên để xem.", en: "{n} reminders hidden — press “{label}” above to see them." },
  moreCards: { vi: "Hiện thêm {n} mục", en: "Show {n} more" },
  places: { vi: "{n} chỗ", en: "{n} places" },
  showPlaces: { vi: "Xem {n} chỗ", en: "Show {n} places" },
  hidePlaces: { vi: "Thu gọn", en: "Collapse" },
  relatedPlaces: { vi: "Chỗ liên quan", en: "Related places" },
  disableRule: { vi: "Tắt quy tắc này", en: "Turn this rule off" },
  ruleDisabled: { vi: "Đã tắt quy tắc “{rule}” trong thiết lập của đơn vị.", en: "“{rule}” is now off in your organisation's settings." },
  undo: { vi: "Hoàn tác", en: "Undo" },
  ignored: { vi: "Đã bỏ qua.", en: "Ignored." },
  ruleDocs: { vi: "Xem quy tắc", en: "About this rule" },
  headerPart: { vi: "Đầu văn bản, trước mục đầu tiên", en: "Opening, before the first heading" },
  footnotePlace: { vi: "Chú thích {id}", en: "Footnote {id}" },
  inTable: { vi: "trong bảng", en: "in a table" },
  jumpPlace: { vi: "Đến chỗ này trong văn bản: {place}", en: "Go to this place in the document: {place}" },
  cardLabel: { vi: "{severity}: {title}", en: "{severity}: {title}" },
  comments: { vi: "Nhận xét…", en: "Comments…" },
  commentsTitle: { vi: "Chèn nhận xét vào văn bản", en: "Add Word comments" },
  commentsErrors: { vi: "Chỉ các lỗi ({n})", en: "Errors only ({n})" },
  commentsCategory: { vi: "Nhóm đang xem: {name} ({n})", en: "The group on screen: {name} ({n})" },
  commentsSelected: { vi: "Chọn từng vấn đề", en: "Pick findings" },
  commentsInsert: { vi: "Chèn {n} nhận xét", en: "Add {n} comments" },
  commentsRemove: { vi: "Xóa nhận xét của Soạn Chuẩn", en: "Remove Soạn Chuẩn comments" },
  commentsRemoved: { vi: "Đã xóa {n} nhận xét của Soạn Chuẩn.", en: "{n} Soạn Chuẩn comments removed." },
  commentsSkipped: { vi: "{n} chỗ đã có nhận xét này, không chèn lại.", en: "{n} places already had this comment; not added again." },
  commentsNeedWord: { vi: "Phiên bản Word này không hỗ trợ nhận xét (cần WordApi 1.4).", en: "This Word cannot add comments (WordApi 1.4 needed)." },
  cancel: { vi: "Hủy", en: "Cancel" },
  close: { vi: "Đóng", en: "Close" },
  houseStyle: { vi: "Thiết lập của đơn vị", en: "Organisation settings" },
  houseStyleHint: {
    vi: "Áp dụng cho mọi văn bản kiểm tra trên máy này; xuất ra tệp JSON dùng chung với lệnh soanchuan --config.",
    en: "Applies to every document checked on this computer; export it as the JSON file soanchuan --config reads.",
  },
  organisationName: { vi: "Tên đơn vị", en: "Organisation name" },
  defaultProfile: { vi: "Hệ thống văn bản mặc định", en: "Default document system" },
  preferredForms: { vi: "Cách viết ưu tiên", en: "Preferred forms" },
  toneStyle: { vi: "Bỏ dấu thanh", en: "Tone marks" },
  toneNew: { vi: "Kiểu mới: hòa, thủy", en: "New style: hòa, thủy" },
  toneOld: { vi: "Kiểu cũ: hoà, thuỷ", en: "Old style: hoà, thuỷ" },
  dateComma: { vi: "Dấu phẩy trước “ngày” trong viện dẫn", en: "Comma before “ngày” in citations" },
  dateCommaDefault: { vi: "Theo hệ thống văn bản", en: "As the document system says" },
  dateCommaYes: { vi: "Có: “số 01-NQ/TU, ngày …”", en: "Yes: “số 01-NQ/TU, ngày …”" },
  dateCommaNo: { vi: "Không: “số 01-NQ/TU ngày …”", en: "No: “số 01-NQ/TU ngày …”" },
  dateCommaEither: { vi: "Cách nào cũng được, miễn thống nhất", en: "Either, as long as it is consistent" },
  rulesHeading: { vi: "Quy tắc", en: "Rules" },
  level_default: { vi: "Mặc định ({level})", en: "Default ({level})" },
  level_off: { vi: "Tắt", en: "Off" },
  level_error: { vi: "Lỗi", en: "Error" },
  level_warning: { vi: "Cảnh báo", en: "Warning" },
  level_info: { vi: "Nhắc nhở", en: "Reminder" },
  exportConfig: { vi: "Xuất tệp cấu hình", en: "Export config" },
  importConfig: { vi: "Nhập tệp cấu hình", en: "Import config" },
  configImported: { vi: "Đã nhập cấu hình: {n} quy tắc.", en: "Config imported: {n} rules." },
  resetHouseStyle: { vi: "Khôi phục mặc định", en: "Restore defaults" },
  checkProgress: { vi: "Đang kiểm tra: {done}/{total} quy tắc…", en: "Checking: {done}/{total} rules…" },
  fix: { vi: "Sửa", en: "Fix" },
  fixAll: { vi: "Sửa cả {n} chỗ", en: "Fix all {n}" },
  ignore: { vi: "Bỏ qua", en: "Ignore" },
  ignoredCount: { vi: "Đã bỏ qua {n}", en: "{n} ignored" },
  showIgnored: { vi: "hiện lại", en: "show again" },
  paragraph: { vi: "Đoạn {p}", en: "Paragraph {p}" },
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

export function countKey(severity: Severity): StringKey {
  return `count_${severity}`;
}
