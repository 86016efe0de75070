import { defineRule } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import { INDICATORS } from "../analysis";
import { placeOf } from "../../structure/place";
import type { Report } from "../../lint/rule";
import type { IndicatorRecord } from "../types";
import { normalizeIndicatorName } from "../match";
import { convertUnit } from "../units";
import { formatVietnameseNumber } from "../../text/numbers";

// "Số tiền giải ngân" and "tỷ lệ giải ngân" speak of one indicator: the head words that say how
// it is measured are not part of what it is (names are compared folded: no tone marks, lower case).
// A name that is nothing but such a head ("Tỷ lệ thực hiện: 78%" read as "Tỷ lệ") names nothing.
const MEASURE_HEAD = /^(?:tong\s+)?(?:so\s+tien|so\s+luong|ty\s+le|ti\s+le|tong\s+so|so|gia\s+tri|muc)(?:\s+|$)/u;
const MIN_CORE_WORDS = 2;

function core(record: IndicatorRecord): string | null {
  const name = normalizeIndicatorName(record.name).replace(MEASURE_HEAD, "").trim();
  return name.split(/\s+/u).length >= MIN_CORE_WORDS ? name : null;
}

/** Whether two plan bases start with the same word, case aside (asked for every earlier statement of a name: no split). */
function samePlanBasis(a: string | null | undefined, b: string | null | undefined): boolean {
  const first = firstWord(a ?? "");
  const second = firstWord(b ?? "");
  return first === second || first.toLowerCase() === second.toLowerCase();
}

/** The text before the first space, as `split(" ")[0]`. */
function firstWord(text: string): string {
  const space = text.indexOf(" ");
  return space < 0 ? text : text.slice(0, space);
}

interface Conflict {
  earlier: IndicatorRecord;
  figure: "plan" | "value";
  stated: string;
  before: string;
}

/**
 * Pairs of statements of one indicator and period (in reading order) that give different figures.
 * `separateScopes` tells two statements that belong to different items of one list (each unit's
 * own rate), which are not one figure stated twice.
 */
export function findConflicts(records: readonly IndicatorRecord[], separateScopes: (a: IndicatorRecord, b: IndicatorRecord) => boolean = () => false): { record: IndicatorRecord; conflict: Conflict }[] {
  const seen = new Map<string, IndicatorRecord[]>();
  const out: { record: IndicatorRecord; conflict: Conflict }[] = [];
  for (const record of records) {
    // Amounts and rates name one quantity; counts and shares are often stated for several scopes with one name.
    if (record.target || record.period === null || (record.kind !== "amount" && record.kind !== "rate")) continue;
    const name = core(record);
    if (name === null) continue;
    const key = `${record.period}\u0000${name}`;
    const earlier = seen.get(key) ?? [];
    for (const other of earlier) {
      if (other.footnote !== record.footnote && (other.footnote ?? record.footnote) !== null) continue;
      if (separateScopes(other, record)) continue;
      if (record.planPct !== null && other.planPct !== null && samePlanBasis(record.planBasis, other.planBasis) && record.planPct !== other.planPct) {
        out.push({ record, conflict: { earlier: other, figure: "plan", stated: `${formatVietnameseNumber(record.planPct, { maxDecimals: 3 })} %`, before: `${formatVietnameseNumber(other.planPct, { maxDecimals: 3 })} %` } });
        break;
      }
      const converted = record.value === null || other.value === null ? null : convertUnit(other.value, other.unit, record.unit);
      if (converted !== null && record.value !== null && Math.abs(converted - record.value) > 1e-9 && record.kind === other.kind) {
        out.push({ record, conflict: { earlier: other, figure: "value", stated: `${formatVietnameseNumber(record.value, { maxDecimals: 3 })} ${record.unit ?? ""}`.trim(), before: `${formatVietnameseNumber(converted, { maxDecimals: 3 })} ${record.unit ?? ""}`.trim() } });
        break;
      }
    }
    earlier.push(record);
    seen.set(key, earlier);
  }
  return out;
}

/** The same indicator and period stated twice with different figures (seed 000: đạt 28,42% and 24,9% kế hoạch). */
export const duplicateStatement = defineRule<Record<string, never>>({
  id: "indicator/duplicate-statement",
  category: "indicator",
  description: {
    vi: "Cùng một chỉ tiêu, cùng một kỳ không được nêu hai số liệu khác nhau trong một báo cáo.",
    en: "One indicator for one period must not be stated with two different figures in one report.",
  },
  severity: "warning",
  messages: {
    statedTwice: {
      vi: "\"{recordName}\" ({recordPeriod}) được nêu là {conflictStated}, nhưng phía trên ghi {conflictBefore} ({earlierPlaceVi}).",
      en: "\"{recordName}\" ({recordPeriod}) is stated as {conflictStated}, but as {conflictBefore} above ({earlierPlaceEn}).",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const { record, conflict } of findConflicts(ctx.get(INDICATORS), (a, b) => inOneList(ctx, a, b))) {
      const figure = conflict.figure === "plan" ? record.stated?.plan : record.stated?.value;
      const before = conflict.figure === "plan" ? conflict.earlier.stated?.plan : conflict.earlier.stated?.value;
      if (!figure || !before) continue;
      const earlier = placeOf(ctx, conflict.earlier.paragraph);
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "statedTwice", data: { recordName: record.name, recordPeriod: record.period ?? "", conflictStated: conflict.stated, earlierPlaceVi: earlier.vi, conflictBefore: conflict.before, earlierPlaceEn: earlier.en },
        related: [{ paragraph: conflict.earlier.paragraph, start: before.start, end: before.end, note: { vi: "Số liệu đã nêu trước", en: "The figure stated before" } }],
      });
    }
    return reports;
  },
});

const LIST_ITEM = /^\s*[-+•–]\s/u;
/** How far apart two items of one bulleted list are looked for. */
const MAX_LIST_SPAN = 50;

/**
 * Whether two statements are items of one list: parts of one paragraph separated by “;”
 * (“Ban quản lý rừng …: tỷ lệ … 11%; Trung tâm …: tỷ lệ … 85,42%”), or bullet items of one run
 * (“- Xã A: …”, “- Xã B: …”). A list gives each item's own figure.
 */
function inOneList(ctx: CheckContext, a: IndicatorRecord, b: IndicatorRecord): boolean {
  const paragraphs = ctx.snapshot.paragraphs;
  if (a.paragraph === b.paragraph) {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    return paragraphs[a.paragraph].text.slice(first.end, second.start).includes(";");
  }
  const [from, to] = a.paragraph < b.paragraph ? [a.paragraph, b.paragraph] : [b.paragraph, a.paragraph];
  if (to - from > MAX_LIST_SPAN) return false;
  for (let p = from; p <= to; p += 1) if (!LIST_ITEM.test(paragraphs[p].text)) return false;
  return true;
}
