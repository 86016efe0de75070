/** Lines that make up a document header (SPEC §2): motto, issuer, "*", number line, place-date. */
import { foldForMatch, isAllCaps } from "./vietnamese";

/** Header lines are short; a long line is body text whatever it starts with. */
const HEADER_LINE_MAX = 120;

export const NUMBER_LINE = /^Số(\s*:)?(\s*)(.*)$/u;
export const PLACE_DATE = /^(.*?),\s*ngày(\s*)(\d{1,2})?(\s*)tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?/u;
const PARTY_MOTTO = "đảng cộng sản việt nam";
const STATE_MOTTO = "cộng hòa xã hội chủ nghĩa việt nam";
const ISSUER = /(ỦY|UỶ|ĐẢNG BỘ|CHI BỘ|UBND|HĐND|HỘI ĐỒNG|SỞ|PHÒNG|BAN\s)/u;

export function isMotto(content: string): "party" | "state" | null {
  const folded = foldForMatch(content);
  if (folded.includes(PARTY_MOTTO)) return "party";
  if (folded.includes(STATE_MOTTO)) return "state";
  return null;
}

export function isIssuerLine(content: string): boolean {
  return content.length <= HEADER_LINE_MAX && isAllCaps(content) && ISSUER.test(content) && isMotto(content) === null && !NUMBER_LINE.test(content);
}

/** A line that belongs to a header, by its content alone (stable when other lines are edited). */
export function isHeaderElement(content: string): boolean {
  if (content.length > HEADER_LINE_MAX) return false;
  return (
    isMotto(content) !== null ||
    NUMBER_LINE.test(content) ||
    PLACE_DATE.test(content) ||
    isIssuerLine(content) ||
    /^\*+$/u.test(content) ||
    /^Độc lập\s*[-–—]\s*Tự do/u.test(content)
  );
}
