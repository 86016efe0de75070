/**
 * Generators for the property suite: documents made of seed paragraphs and hand-written
 * report fragments (headings, citations, figures, header and closing lines), then mangled
 * the ways real files are — decomposed tone marks, NBSP, zero-width characters, look-alike Đ,
 * very long lines, empty paragraphs, table cells, deep numbering, footnotes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Alignment, Paragraph, Snapshot } from "../../src/document/snapshot";
import type { CheckOptions } from "../../src/engine/check";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

export const SEEDS: readonly string[][] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(SEEDS_DIR + f, "utf8").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/));

const SEED_LINES = SEEDS.flat();

const HEADER_LINES = [
  "ĐẢNG BỘ TỈNH QUẢNG TRỊ",
  "THÀNH ỦY ĐÔNG HÀ",
  "*",
  "ĐẢNG CỘNG SẢN VIỆT NAM",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ",
  "Số 263-BC/ĐU",
  "Số: 68/BC-UBND",
  "Số   -BC/TU",
  "Số:  /BC-UBND",
  "Đông Hà, ngày 5 tháng 1 năm 2021",
  "Đông Hà, ngày 05 tháng 01 năm 2021",
  "Cam Lộ, ngày   tháng 6 năm 2026",
  "Quảng Trị, ngàytháng 01 năm 2021",
  "BÁO CÁO",
  "KẾT LUẬN",
  "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021",
  "tổng kết công tác xây dựng Đảng năm 2020,",
  "-----",
  "Trên đây là báo cáo tình hình 6 tháng đầu năm 2021./.",
  "Nơi nhận:",
  "- Ban Thường vụ Tỉnh ủy,",
  "- Lưu VP Thành ủy.",
  "- Lưu: VT, VP;",
  "T/M BAN THƯỜNG VỤ",
  "T/M ĐÀNG ỦY",
  "TM. ỦY BAN NHÂN DÂN",
  "KT. CHỦ TỊCH",
  "BÍ THƯ",
  "Nguyễn Văn A",
];

const MARKERS = [
  "PHẦN THỨ NHẤT",
  "PHẦN THÚ HAI",
  "Phần thứ hai",
  "Phần I",
  "I.",
  "II.",
  "II.",
  "IV.",
  "I-",
  "III-",
  "1.",
  "2.",
  "2",
  "3.",
  "1.1.",
  "1.2",
  "2.1.",
  "1.1.1.",
  "1.2.3.4.",
  "1.2.3.4.5.6.7.8.9.",
  "a)",
  "b)",
  "đ)",
  "-",
  "+",
  "1.2Tiếp",
  "XII.",
  "MMXXI.",
];

const TITLES = [
  "KẾT QUẢ THỰC HIỆN CÔNG TÁC NĂM 2020",
  "Kết quả đạt được",
  "Hạn chế, khuyết điểm và nguyên nhân",
  "Tồn tại, hạn chế:",
  "Phương hướng, nhiệm vụ 6 tháng cuối năm",
  "Một số chỉ tiêu chủ yếu",
  "Công tác chính trị, tư tưởng",
  "NHIỆM VỤ VÀ GIẢI PHÁP",
  "",
];

const CITATIONS = [
  "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị",
  "Nghị quyết 35-NQ/TW",
  "Chỉ thị số 05-CT/TW, ngày 15/5/2016",
  "Chỉ thị 05 - CT/TW ngày 15-5-2016",
  "Quyết định số 68/QĐ-UBND ngày 5/1/2021 của UBND tỉnh",
  "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ",
  "Nghị định 30/2020/NĐCP",
  "Kết luận số 01-KL/TW ngày 18/5/2021",
  "Hướng dẫn 36-HD/VPTW",
  "Quy định số 66-QĐ/TW ngày 06/02/2017",
  "Kế hoạch số 12-KH/TU, ngày 3/2/2021 của Ban Thường vụ Tỉnh ủy",
  "Thông báo số 123 -TB/TU",
  "Nghị quyết Đại hội XIII của Đảng",
  "Luật Ban hành văn bản quy phạm pháp luật năm 2015",
  "Công văn số 1234/UBND-KT ngày 31/12/2020",
];

const FIGURES = [
  "Tổng mức bán lẻ hàng hóa ước đạt 17.592 tỷ đồng, đạt 51,6% kế hoạch, tăng 12,4% so với cùng kỳ",
  "thu ngân sách đạt 560,538 tỷ đồng, bằng 105% dự toán",
  "giải quyết 40/43 vụ (93%)",
  "giải quyết 40/43 vụ (95,1%)",
  "tiếp nhận 74 đơn, giảm 3 đơn so với cùng kỳ (71/74 đơn)",
  "tỷ lệ hộ nghèo giảm còn 2,5%, giảm 0,8% so với năm 2020",
  "kết nạp 312 đảng viên mới, đạt 104% kế hoạch năm",
  "GRDP tăng 6,5%; thu nhập bình quân đầu người 45 triệu đồng",
  "có 1.234 / 1.300 chi bộ (95%) xếp loại hoàn thành tốt nhiệm vụ",
  "đạt 0% kế hoạch",
  "tăng 100000000000000000000% so với cùng kỳ",
  "đạt 51,6 % kế hoạch, tăng 12.4% so với cùng kỳ",
];

/** Characters a random paragraph is drawn from: Vietnamese letters in both forms, marks, odd spaces. */
const ODD_CHARS = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:-–/()%*+",
  "á", "ố", "ự", "ẫ", "Đ", "Ð", "ð", "\u0301", "\u0303", "\u0323", "\u00A0", "\u202F", "\u200B", "\u200D", "\uFEFF", "\u2060", "\t", "“", "”", "…", "𝐀", "😀",
];

const oddChar = fc.constantFrom(...ODD_CHARS);
const randomText = fc.array(oddChar, { maxLength: 80 }).map((cs) => cs.join(""));

const heading = fc
  .tuple(fc.constantFrom(...MARKERS), fc.constantFrom(" ", "", "  ", "\u00A0", "\t"), fc.constantFrom(...TITLES))
  .map(([marker, space, title]) => `${marker}${space}${title}`);

const sentence = fc
  .tuple(fc.constantFrom("Thực hiện ", "Căn cứ ", "Theo ", "", "- "), fc.constantFrom(...CITATIONS, ...FIGURES), fc.constantFrom(".", ";", "", ", ", " và " + CITATIONS[0]))
  .map(([lead, body, tail]) => lead + body + tail);

const baseParagraph = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_LINES) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\u00A0", "\u200B", "\t") },
  { weight: 1, arbitrary: randomText },
);

/** Code-point boundaries of `text` (so inserted characters never split a surrogate pair). */
function boundaries(text: string): number[] {
  const result = [0];
  let i = 0;
  for (const ch of text) result.push((i += ch.length));
  return result;
}

function insertAt(text: string, fraction: number, insert: string): string {
  const points = boundaries(text);
  const at = points[Math.floor(fraction * points.length) % points.length]!;
  return text.slice(0, at) + insert + text.slice(at);
}

export type Mutation = (text: string) => string;

/** One way real files differ from clean text; composed at random. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Mutation>((t) => t.normalize("NFD")) },
  { weight: 2, arbitrary: fc.constant<Mutation>((t) => t.replace(/Đ/g, "Ð").replace(/đ/g, "ð")) },
  {
    weight: 3,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map<Mutation>((f) => (t) => {
      const spaces = [...t.matchAll(/ /g)].map((m) => m.index!);
      if (spaces.length === 0) return t;
      const at = spaces[Math.floor(f * spaces.length) % spaces.length]!;
      return t.slice(0, at) + "\u00A0" + t.slice(at + 1);
    }),
  },
  { weight: 1, arbitrary: fc.constant<Mutation>((t) => t.replace(/ /g, "\u00A0")) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"))
      .map<Mutation>(([f, zw]) => (t) => insertAt(t, f, zw)),
  },
  // Very long lines are rare and capped: the engine's cost grows with text size, and the suite has a time budget.
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 60 }).map<Mutation>((n) => (t) => (t === "" ? t : Array.from({ length: n }, () => t).join(" ").slice(0, 6_000))) },
  { weight: 2, arbitrary: fc.constant<Mutation>(() => "") },
  { weight: 2, arbitrary: fc.constant<Mutation>((t) => `  ${t}  `) },
  { weight: 2, arbitrary: fc.constant<Mutation>((t) => t.toUpperCase()) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKERS).map<Mutation>((m) => (t) => `${m} ${t}`) },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...CITATIONS, ...FIGURES)).map<Mutation>(([f, s]) => (t) => insertAt(t, f, ` ${s} `)),
  },
);

const alignment = fc.constantFrom<Alignment>("Left", "Centered", "Right", "Justified");

/** Formatting Word (or a .docx) would attach: table nesting, list numbering, heading levels, fonts. */
const paragraphProps = fc.record(
  {
    tableNesting: fc.integer({ min: 0, max: 4 }),
    list: fc.record({ level: fc.integer({ min: 0, max: 8 }), marker: fc.option(fc.constantFrom(...MARKERS), { nil: undefined }) }, { requiredKeys: ["level"] }),
    outlineLevel: fc.integer({ min: 1, max: 9 }),
    styleBuiltIn: fc.constantFrom("Normal", "Heading1", "Heading2", "Heading3", "ListParagraph"),
    alignment,
    font: fc.record({ name: fc.constantFrom("Times New Roman", "Arial"), size: fc.constantFrom(12, 13, 14, 15, 16), bold: fc.boolean(), italic: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const paragraphSpec = fc.tuple(baseParagraph, fc.array(mutation, { maxLength: 3 }), paragraphProps).map(([text, mutations, props]) => ({
  text: mutations.reduce((t, m) => m(t), text),
  props,
}));

function toSnapshot(specs: readonly { text: string; props: Partial<Paragraph> }[], footnotes: readonly string[], source: string): Snapshot {
  const paragraphs: Paragraph[] = specs.map((s, index) => ({ ...s.props, index, text: s.text }));
  // Footnote references in body paragraphs, footnote bodies after the body (as the readers do).
  footnotes.forEach((text, k) => {
    const id = String(k + 1);
    const host = paragraphs[k % Math.max(1, paragraphs.length)];
    if (host) host.footnoteRefs = [...(host.footnoteRefs ?? []), { id, offset: host.text.length }];
    paragraphs.push({ index: paragraphs.length, text, footnoteId: id });
  });
  return { source, paragraphs };
}

/** A random report: 0–12 paragraphs of fragments and seed lines, mangled, with optional footnotes. */
export const randomDocument: fc.Arbitrary<Snapshot> = fc
  .tuple(fc.array(paragraphSpec, { maxLength: 12 }), fc.array(fc.oneof(sentence, fc.constantFrom(...SEED_LINES)), { maxLength: 3 }))
  .map(([specs, footnotes]) => toSnapshot(specs, footnotes, "random"));

/** A whole seed with paragraphs mutated, dropped, duplicated or moved. */
export const mutatedSeed: fc.Arbitrary<Snapshot> = fc
  .tuple(
    fc.integer({ min: 0, max: SEEDS.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 })), { maxLength: 12 }),
    fc.array(fc.tuple(fc.constantFrom("drop", "duplicate", "move"), fc.nat(), fc.nat()), { maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), paragraphProps), { maxLength: 6 }),
  )
  .map(([seed, mutations, moves, props]) => {
    const specs: { text: string; props: Partial<Paragraph> }[] = SEEDS[seed]!.map((text) => ({ text, props: {} }));
    for (const [at, ms] of mutations) {
      const spec = specs[at % specs.length]!;
      spec.text = ms.reduce((t, m) => m(t), spec.text);
    }
    for (const [what, from, to] of moves) {
      if (specs.length === 0) break;
      const i = from % specs.length;
      if (what === "drop") specs.splice(i, 1);
      else if (what === "duplicate") specs.splice(i, 0, { ...specs[i]! });
      else specs.splice(to % specs.length, 0, ...specs.splice(i, 1));
    }
    for (const [at, p] of props) if (specs.length) specs[at % specs.length]!.props = p;
    return toSnapshot(specs, [], `seed-${seed}`);
  });

/** Either kind of input. */
export const anyDocument = fc.oneof({ weight: 3, arbitrary: randomDocument }, { weight: 1, arbitrary: mutatedSeed });

/** How the check is asked for: detected or forced profile and kind, draft or final. */
export const checkOptions: fc.Arbitrary<CheckOptions> = fc.record({
  profile: fc.constantFrom("auto", "party-2018", "party-2026", "state"),
  kind: fc.constantFrom("auto", "six-month", "annual", "mid-term", "conclusion", "state-report", "other"),
  mode: fc.constantFrom("draft", "final"),
  today: fc.constant(new Date("2026-07-01T00:00:00Z")),
}) as fc.Arbitrary<CheckOptions>;
