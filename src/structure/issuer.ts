/**
 * The organisation that issues a document: the last issuer line of its header (a Party header
 * names the superior body first, "ĐẢNG BỘ TỈNH QUẢNG TRỊ", then the issuer, "THÀNH ỦY ĐÔNG HÀ").
 * Prior-period data is kept per organisation under this name.
 */
import type { ParagraphText } from "../text/normalize";
import { lineContent, type Layout } from "./analysis";
import { isIssuerLine } from "./headerElements";

export function documentIssuer(text: readonly ParagraphText[], layout: Pick<Layout, "header">): string | null {
  const issuers = layout.header.map((i) => lineContent(text[i]).content.replace(/^[\s*#_]+|[\s*#_]+$/gu, "")).filter(isIssuerLine);
  return issuers.at(-1) ?? null;
}
