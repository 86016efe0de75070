import type { CheckContext } from "../../lint/context";
import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { Localized } from "../../core/types";
import { STRUCTURE } from "../analysis";
import { suggestionOf } from "../../lint/fixer";
import { forEachHitAt, keptHit, scanAt, textParagraphs, type Hit } from "../scan";
import { asOneFinding, HabitPlaces, KEPT_PLACES, MAX_RELATED_PLACES } from "../grouping";
import { MAX_GROUPED_EDITS, partialFixLabel } from "../findingBudget";
import { lineAt, NUMBER_LINE, PLACE_DATE } from "../blocks";

// Each pattern is tried only where its hint matches (scanAt): the hints start the same way,
// without the look-behinds that would be tried at every offset.
const GLUED_STOP = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/uy;
const GLUED_STOP_HINT = /[.!?]\p{Lu}\p{Ll}/gu;
const GLUED_COMMA = /(?<=\p{L})[,;](?=\p{L})/uy;
const GLUED_COMMA_HINT = /[,;]\p{L}/gu;
const SPACE_BEFORE = /(?<=[\p{L}\p{N})”"])\s+[,;:.!?](?=\s|$)/uy;
const SPACE_BEFORE_HINT = /\s+[,;:.!?]/gu;
/** Spaces are everywhere, so first the few paragraphs with a space before a mark at all. */
const SPACE_BEFORE_PARAGRAPH = /\s[,;:.!?]/u;
/** Exports put inline footnotes as "[2:  text]": the spaces around those markers are not the writer's. */
const DOUBLE_SPACE = /(?<=\S)(?<!\[\d{1,3}:) {2,}(?=[^\s[])/uy;
const DOUBLE_SPACE_HINT = / {2}/g;
/** Necessary for PLACE_DATE, whose lazy start is slow on long lines. */
const PLACE_DATE_HINT = /,\s*ngày/u;
/** Addresses and e-mails keep their punctuation. */
const ADDRESS = /(https?:\/\/|www\.|@|\.(vn|com|org|net|gov)\b)/iu;

type SpacingMessage = "missingSpaceAfter" | "missingSpaceAfterMany" | "extraSpaceBefore" | "extraSpaceBeforeMany" | "doubledSpace" | "doubledSpaceOnce";

/** Glued text after punctuation (“chống dịch.Tập trung”), spaces before punctuation, doubled spaces. */
export const consistencySpacing = defineRule<Record<string, never>, SpacingMessage>({
  id: "consistency/spacing",
  category: "consistency",
  description: {
    vi: "Khoảng trắng quanh dấu câu: thiếu sau dấu (“chống dịch.Tập trung”), thừa trước dấu (“nội bộ ;”), hai khoảng trắng liền nhau.",
    en: "Spacing around punctuation: missing after (“chống dịch.Tập trung”), extra before (“nội bộ ;”), doubled spaces.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    missingSpaceAfter: {
      vi: "Thiếu khoảng trắng sau dấu “{hitMatch}”.",
      en: "Missing space after “{hitMatch}”.",
    },
    extraSpaceBefore: {
      vi: "Thừa khoảng trắng trước dấu “{mark}”.",
      en: "Extra space before “{mark}”.",
    },
    missingSpaceAfterMany: {
      vi: "Thiếu khoảng trắng sau dấu “{hitMatch}” ({count} chỗ thiếu khoảng trắng sau dấu câu).",
      en: "Missing space after “{hitMatch}” ({count} places lack a space after punctuation).",
    },
    extraSpaceBeforeMany: {
      vi: "Thừa khoảng trắng trước dấu “{mark}” ({count} chỗ thừa khoảng trắng trước dấu câu).",
      en: "Extra space before “{mark}” ({count} places have a space before punctuation).",
    },
    doubledSpace: {
      vi: "Hai khoảng trắng liền nhau ({count} chỗ).",
      en: "Doubled spaces ({count} places).",
    },
    doubledSpaceOnce: {
      vi: "Hai khoảng trắng liền nhau.",
      en: "Doubled space.",
    },
  },
  check(ctx) {
    // Blanks left for the number and the date are deliberate (header/number, header/date).
    const paragraphs = textParagraphs(ctx).filter((i) => {
      const content = lineAt(ctx, i).content;
      return !NUMBER_LINE.test(content) && !(PLACE_DATE_HINT.test(content) && PLACE_DATE.test(content));
    });
    const markers = markerZones(ctx);
    const reports: Report<SpacingMessage>[] = [];
    const addresses = new Map<number, AddressSpans>();
    const keep = (hit: Hit): boolean => hit.start >= (markers.get(hit.paragraph) ?? 0) && !inAddress(ctx, hit, addresses);
    const addSpace = (hit: Hit) => ctx.fix.insertBefore(hit.paragraph, hit.end, " ");
    // Counted as found; only the places the grouped finding lists or fixes are held.
    const stops = new HabitPlaces<Hit>();
    const commas = new HabitPlaces<Hit>();
    forEachHitAt(ctx, GLUED_STOP, GLUED_STOP_HINT, paragraphs, (hit) => {
      if (keep(hit)) stops.add(hit, keptHit);
    });
    forEachHitAt(ctx, GLUED_COMMA, GLUED_COMMA_HINT, paragraphs, (hit) => {
      if (keep(hit)) commas.add(hit, keptHit);
    });
    // The first places of both lists in reading order are among the first places of each.
    const glued = inReadingOrder(stops.kept, commas.kept)
      .slice(0, KEPT_PLACES)
      .map(
        (hit): Report<SpacingMessage> => ({
          paragraph: hit.paragraph,
          start: hit.start,
          end: hit.end,
          messageId: "missingSpaceAfter",
          data: { hitMatch: hit.match[0] },
          suggestions: suggestionOf({ vi: "Thêm khoảng trắng", en: "Add a space" }, addSpace(hit)),
        }),
      );
    const spaced = paragraphs.filter((i) => SPACE_BEFORE_PARAGRAPH.test(ctx.text[i].normalized));
    const spacedHits = scanAt(ctx, SPACE_BEFORE, SPACE_BEFORE_HINT, spaced, keep);
    const spacedBefore = spacedHits.slice(0, KEPT_PLACES).map((hit): Report<SpacingMessage> => {
      const mark = hit.match[0].trim();
      // Built from the original slice so marks riding on a space (bad input) are kept, not dropped.
      const kept = ctx.snapshot.paragraphs[hit.paragraph].text.slice(hit.start, hit.end).replace(/\s+/gu, "");
      return {
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.end,
        messageId: "extraSpaceBefore",
        data: { mark },
        suggestions: [{ label: { vi: "Bỏ khoảng trắng", en: "Remove the space" }, edits: [ctx.fix.replaceOriginal(hit.paragraph, hit.start, hit.end, kept)] }],
      };
    });
    reports.push(
      ...asOneFinding(ctx, glued, "missingSpaceAfterMany", { vi: "Thêm khoảng trắng ở mọi chỗ", en: "Add the space everywhere" }, stops.count + commas.count),
      ...asOneFinding(ctx, spacedBefore, "extraSpaceBeforeMany", { vi: "Bỏ khoảng trắng ở mọi chỗ", en: "Remove the space everywhere" }, spacedHits.length),
    );
    // Doubled spaces are one habit, not many defects: one finding, every place related, one fix.
    // Spaces before a mark ("a  ;") are removed whole by the fix above, not first halved.
    const doubled = outside(scanAt(ctx, DOUBLE_SPACE, DOUBLE_SPACE_HINT, paragraphs, keep), spacedHits);
    if (doubled.length > 0) {
      const fixed = doubled.slice(0, MAX_GROUPED_EDITS);
      const edits = fixed.map((hit) => ctx.fix.replaceOriginal(hit.paragraph, hit.start, hit.end, singleSpace(ctx.snapshot.paragraphs[hit.paragraph].text.slice(hit.start, hit.end))));
      reports.push({
        paragraph: doubled[0].paragraph,
        start: doubled[0].start,
        end: doubled[0].end,
        severity: "info",
        messageId: doubled.length === 1 ? "doubledSpaceOnce" : "doubledSpace",
        data: { count: doubled.length },
        related: doubled.slice(1, MAX_RELATED_PLACES + 1).map((hit) => ({ paragraph: hit.paragraph, start: hit.start, end: hit.end, note: { vi: "hai khoảng trắng", en: "doubled space" } })),
        suggestions: [{ label: doubledSpaceFixLabel(fixed.length, doubled.length), edits }],
      });
    }
    return reports;
  },
});

function doubledSpaceFixLabel(fixed: number, found: number): Localized {
  if (fixed < found) return partialFixLabel(fixed);
  return found === 1 ? { vi: "Chỉ để một khoảng trắng", en: "Keep a single space" } : { vi: "Chỉ để một khoảng trắng ở mọi chỗ", en: "Keep a single space everywhere" };
}

/**
 * One space for a run of spaces, from the original slice: invisible characters in the run go,
 * marks riding on a space (bad input) stay.
 */
function singleSpace(slice: string): string {
  return slice.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, "").replace(/[ \u00A0\u2007\u202F\u3000]{2,}/u, " ");
}

/**
 * Heading markers are numbering rules' business: spacing starts right after them, so a doubled
 * space between the marker and the title is fixed here too (once the paragraph stops being read
 * as a heading, it would otherwise surface only after fix-all).
 */
function markerZones(ctx: CheckContext): Map<number, number> {
  const zones = new Map<number, number>();
  for (const e of ctx.get(STRUCTURE).entries) if (e.parsed) zones.set(e.paragraph, ctx.text[e.paragraph].toOriginal(e.parsed.end));
  return zones;
}

/** Start and end offsets (normalised text) of the words of a paragraph that are addresses or e-mails, in order. */
interface AddressSpans {
  starts: number[];
  ends: number[];
}

/** Whether the hit lies in a word that is an address; each paragraph's words are tested once, then looked up. */
function inAddress(ctx: CheckContext, hit: Hit, cache: Map<number, AddressSpans>): boolean {
  let spans = cache.get(hit.paragraph);
  if (!spans) {
    spans = { starts: [], ends: [] };
    for (const word of ctx.text[hit.paragraph].normalized.matchAll(/[^ ]+/gu)) {
      if (!ADDRESS.test(word[0])) continue;
      spans.starts.push(word.index);
      spans.ends.push(word.index + word[0].length);
    }
    cache.set(hit.paragraph, spans);
  }
  // Most paragraphs hold no address: nothing to look up for any of their hits (a megabyte of "a;a;…" has 500,000).
  if (spans.starts.length === 0) return false;
  // The word the hit's first visible character is in: the last address word starting at or before it, if it reaches it.
  const at = hit.match.index + hit.match[0].length - hit.match[0].trimStart().length;
  let low = 0;
  let high = spans.starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans.starts[middle] <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found >= 0 && at < spans.ends[found];
}

/** The hits of `hits` that overlap none of `others` (both in reading order; one linear pass). */
function outside(hits: readonly Hit[], others: readonly Hit[]): Hit[] {
  let j = 0;
  return hits.filter((hit) => {
    while (j < others.length && (others[j].paragraph < hit.paragraph || (others[j].paragraph === hit.paragraph && others[j].end <= hit.start))) j += 1;
    const other = others[j];
    return !(other && other.paragraph === hit.paragraph && other.start < hit.end);
  });
}

/** Two lists of hits, each in reading order, merged into one (linear, unlike a sort). */
function inReadingOrder(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  const merged: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i].paragraph - b[j].paragraph || a[i].start - b[j].start) <= 0);
    merged.push(takeA ? a[i++] : b[j++]);
  }
  return merged;
}
