import type { CitationRecord, CitedDocument } from "./types";
import { isCentralPartyCode, isPartyIssuerCode, isStateIssuerCode } from "./codes";
import { issuerGroup } from "./issuer";
import { PARTY_SYMBOL } from "./symbol";

const GROUP_ORDER: CitedDocument["group"][] = ["central", "provincial", "local", "state", "unknown"];

/**
 * One row per cited document (every mention linked by `CitationRecord.document`: the full
 * mention, its short forms, `Nghị quyết này`), grouped, in order of first mention within each
 * group. Facts missing from the first mention are taken from later ones.
 */
export function listDocuments(citations: readonly CitationRecord[]): CitedDocument[] {
  const rows = new Map<string, CitedDocument>();
  for (const c of citations) {
    // A mention that fits several documents is counted for none of them.
    if (c.ambiguousWith) continue;
    const key = c.document ?? c.symbol ?? (c.kind === "named" ? c.canonical : null);
    if (!key) continue;
    const row = rows.get(key);
    if (row) {
      row.mentions += 1;
      row.type ??= c.type;
      row.symbol ??= c.symbol;
      row.number ??= c.number;
      row.date ??= c.date;
      row.issuer ??= c.issuer;
      row.summary ??= c.summary?.text ?? null;
      if (!row.paragraphs!.includes(c.paragraph)) row.paragraphs!.push(c.paragraph);
      if (row.group === "unknown") row.group = groupOf(c);
      if (c.kind === "named" && c.canonical) row.key = c.canonical;
      continue;
    }
    rows.set(key, {
      id: c.document ?? key,
      key: c.symbol ?? (c.kind === "named" ? (c.canonical ?? key) : key),
      type: c.type,
      symbol: c.symbol,
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      summary: c.summary?.text ?? null,
      group: groupOf(c),
      first: { paragraph: c.paragraph, start: c.start, end: c.end },
      mentions: 1,
      paragraphs: [c.paragraph],
    });
  }
  for (const row of rows.values()) if (row.group === "unknown" && row.symbol) row.group = groupOf({ symbol: row.symbol, issuer: row.issuer, kind: "numbered", canonical: null });
  return [...rows.values()].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}

function groupOf(c: Pick<CitationRecord, "symbol" | "issuer" | "kind" | "canonical">): CitedDocument["group"] {
  if (c.kind === "named") return namedGroup(c.canonical ?? "");
  const fromIssuer = c.issuer ? issuerGroup(c.issuer) : null;
  if (!c.symbol) return fromIssuer ?? "unknown";
  const issuerCode = partyIssuerCode(c.symbol);
  if (issuerCode === null) return "state";
  if (isCentralPartyCode(issuerCode)) return "central";
  return fromIssuer === "provincial" || fromIssuer === "local" ? fromIssuer : "unknown";
}

/** The issuer code of a Party-style symbol ("82-KH/TU" → "TU"); null for State symbols. */
function partyIssuerCode(symbol: string): string | null {
  const m = PARTY_SYMBOL.exec(symbol);
  return m && (isPartyIssuerCode(m[1]) || !isStateIssuerCode(m[1])) ? m[1] : null;
}

function namedGroup(label: string): CitedDocument["group"] {
  if (/toàn quốc|Trung ương/u.test(label)) return "central";
  if (/^Luật /u.test(label)) return "state";
  if (/tỉnh/u.test(label)) return "provincial";
  return "local";
}
