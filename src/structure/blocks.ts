/** Header and closing blocks (SPEC §2): where their lines are and the profile's conventions. */
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";
import blocksData from "../../data/structure/blocks.json";
import { lineContent } from "./analysis";
import { STRUCTURE } from "./analysis";
import { isIssuerLine, isMotto, NUMBER_LINE, PLACE_DATE } from "./headerElements";
import type { Line } from "./closing";
import { VOCABULARY } from "../profile/vocabulary";

export { isIssuerLine, isMotto, NUMBER_LINE, PLACE_DATE };

export interface BlockStyle {
  motto: string[];
  numberColon: boolean;
  endMarks: string[];
  recipientSeparator: string;
  issuerStar: boolean;
  storageColon: boolean;
}

export function blockStyle(ctx: CheckContext): BlockStyle {
  const style = (blocksData.profiles as Record<string, Omit<BlockStyle, "motto">>)[ctx.profile.id];
  // The motto lines come from the one header vocabulary: State documents add "Độc lập - Tự do - Hạnh phúc".
  const motto = ctx.profile.system === "party" ? VOCABULARY.mottos.party : [...VOCABULARY.mottos.state, VOCABULARY.subMotto];
  return { ...style, motto };
}


export type { Line } from "./closing";

export function lineAt(ctx: CheckContext, paragraph: number): Line {
  const { content, start, end } = lineContent(ctx.text[paragraph]);
  return { paragraph, content, start, end };
}

export function headerLines(ctx: CheckContext): Line[] {
  return ctx.get(STRUCTURE).layout.header.map((i) => lineAt(ctx, i));
}

/**
 * The header line matching `pattern`, or the one report saying it is missing (placed at the
 * header's first line). Callers check hasHeader() first.
 */
export function headerLineMatching(ctx: CheckContext, pattern: RegExp, missingMessageId: string): { line: Line } | { missing: Report } {
  const lines = headerLines(ctx);
  const line = lines.find((l) => pattern.test(l.content));
  return line ? { line } : { missing: { paragraph: lines[0].paragraph, start: 0, end: 0, messageId: missingMessageId } };
}

/** True when the document shows any header element; exports often drop the whole header. */
export function hasHeader(ctx: CheckContext): boolean {
  return headerLines(ctx).some(
    (l) => isMotto(l.content) !== null || NUMBER_LINE.test(l.content) || PLACE_DATE.test(l.content) || isIssuerLine(l.content),
  );
}

/** Lines after `from` up to the next blank-free block end, skipping blank lines. */
export function nonEmptyLinesFrom(ctx: CheckContext, from: number, until = ctx.text.length): Line[] {
  const lines: Line[] = [];
  for (let i = from; i < until; i += 1) {
    const line = lineAt(ctx, i);
    if (line.content !== "") lines.push(line);
  }
  return lines;
}

/**
 * Severity for something left blank on purpose (number, date, signer's name): the office fills
 * them after the signature, so a reminder in draft and before signing; an error once issued.
 */
export function blankSeverity(ctx: CheckContext): "info" | "error" {
  return ctx.mode === "issued" ? "error" : "info";
}
