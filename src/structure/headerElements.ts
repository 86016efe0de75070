/** Lines that make up a document header (SPEC §2): motto, issuer, "*", number line, place-date. */
import { HEADER_LINE_MAX, isIssuerLine, isSubMotto, mottoSystem, NUMBER_LINE, PLACE_DATE } from "../profile/vocabulary";

export { isIssuerLine, NUMBER_LINE, PLACE_DATE };

export function isMotto(content: string): "party" | "state" | null {
  return mottoSystem(content);
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
    isSubMotto(content)
  );
}
