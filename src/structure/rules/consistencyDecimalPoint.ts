import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import unitData from "../../../data/indicators/units.json";
import { allParagraphs, scan, type Hit } from "../scan";
import { escapeRegExp } from "../vietnamese";
import { asOneFinding } from "../grouping";
import { contentStart } from "../markers";

// The one unit list (with dimensions) the indicator extractor also reads.
const UNIT_SPELLINGS = unitData.units.flatMap((u) => [u.unit, ...u.aliases]);

// Longest first, so that a unit read at a known place is read whole ("tỷ đồng", not "tỷ").
const UNITS = UNIT_SPELLINGS.filter((u) => u.length > 1).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/**
 * "95.5%", "58.53 tạ": a point followed by 1–2 digits is a decimal point (3 digits would be
 * grouping). Any run of spaces may stand before the unit: collapsing it must not make a decimal.
 */
const DECIMAL_POINT = new RegExp(`(?<![\\d.,])(\\d+)\\.(\\d{1,2})(?=[^\\S\\n]*(?:%|(?:${UNITS})(?![\\p{L}])))`, "gu");
const SPACES_THEN_UNIT = new RegExp(`[^\\S\\n]+(?:${UNITS})(?![\\p{L}])`, "uy");
const SPACES_THEN_WORD = /[^\S\n]+\p{L}/uy;

/**
 * "1.2 tỷ lệ hộ nghèo …", "3.4 ha đất lúa …": a paragraph that opens with the number, then what
 * reads as a unit, then more words, is a numbered item; a table cell "12.25 ha" is a figure.
 */
function numbersTheItem(ctx: CheckContext, hit: Hit): boolean {
  const text = ctx.text[hit.paragraph]!.normalized;
  if (contentStart(text) !== hit.match.index) return false;
  SPACES_THEN_UNIT.lastIndex = hit.match.index + hit.match[0].length;
  if (!SPACES_THEN_UNIT.test(text)) return false;
  SPACES_THEN_WORD.lastIndex = SPACES_THEN_UNIT.lastIndex;
  return SPACES_THEN_WORD.test(text);
}

/** Vietnamese numbers use a decimal comma: 95,5% not 95.5%. */
export const consistencyDecimal = defineRule<Record<string, never>>({
  id: "consistency/decimal-point",
  category: "consistency",
  description: {
    vi: "Số thập phân dùng dấu phẩy (95,5%), dấu chấm dùng để phân cách hàng nghìn.",
    en: "Decimals take a comma (95,5%); the point groups thousands.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    writeDecimalComma: {
      vi: "Số thập phân viết bằng dấu phẩy: “{fixed}” (không phải “{hitMatch}”).",
      en: "Write the decimal with a comma: “{fixed}” (not “{hitMatch}”).",
    },
    writeDecimalCommaMany: {
      vi: "Số thập phân viết bằng dấu phẩy: “{fixed}” (không phải “{hitMatch}”); {count} chỗ dùng dấu chấm thập phân.",
      en: "Write the decimal with a comma: “{fixed}” (not “{hitMatch}”); {count} decimals with a point.",
    },
  },
  check(ctx) {
    const reports = scan(ctx, DECIMAL_POINT, allParagraphs(ctx), (hit) => !numbersTheItem(ctx, hit)).map((hit): Report => {
      const fixed = `${hit.match[1]},${hit.match[2]}`;
      const edit = ctx.fix.replace(hit.paragraph, hit.match.index, hit.match.index + hit.match[0].length, fixed);
      return {
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.end,
        messageId: "writeDecimalComma", data: { fixed, hitMatch: hit.match[0] },
        suggestions: [{ label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` }, edits: [edit] }],
      };
    });
    return asOneFinding(ctx, reports, "writeDecimalCommaMany", { vi: "Dùng dấu phẩy thập phân ở mọi chỗ", en: "Use the decimal comma everywhere" });
  },
});
