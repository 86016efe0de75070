import type { SystemId } from "../core/types";
import { formatDate } from "./date";

/** What the canonical form needs; date and issuer are left out when unknown. */
export interface CitationFacts {
  type: string;
  symbol: string;
  /** ISO date. */
  date: string | null;
  issuer: string | null;
  /** The summary as it should follow the head ("về …" or a quoted title). */
  summary?: string | null;
}

export interface CitationStyle {
  system: SystemId;
  comma: boolean;
  padMonths: readonly number[];
}

/**
 * The canonical citation: `Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị về …`
 * (Party house style with comma) or `Quyết định số 68/QĐ-UBND ngày 12/01/2021 của Ủy ban
 * nhân dân thị xã …` (State). Pure: the same facts and style always give the same text.
 */
export function formatCitation(facts: CitationFacts, style: CitationStyle): string {
  let out = `${capitalise(facts.type)} số ${facts.symbol}`;
  if (facts.date) out += `${style.comma ? "," : ""} ngày ${formatDate(facts.date, style.padMonths)}`;
  if (facts.issuer) out += ` của ${facts.issuer}`;
  if (facts.summary) out += ` ${facts.summary}`;
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
