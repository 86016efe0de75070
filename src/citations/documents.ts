import type { CitationRecord, CitedDocument } from "./types";
import { isCentralPartyCode, isPartyIssuerCode } from "./codes";
import { issuerGroup } from "./issuer";

const GROUP_ORDER: CitedDocument["group"][] = ["central", "provincial", "local", "state", "unknown"];

/** One row per cited document (by symbol, or by name for unnumbered ones), grouped, in order of first mention within each group. */
export function listDocuments(citations: readonly CitationRecord[]): CitedDocument[] {
  const rows = new Map<string, CitedDocument>();
  for (const c of citations) {
    const key = c.symbol ?? (c.kind === "named" ? c.canonical : null);
    if (!key) continue;
    const row = rows.get(key);
    if (row) {
      row.mentions += 1;
      row.date ??= c.date;
      row.issuer ??= c.issuer;
      if (row.group === "unknown") row.group = groupOf(c);
      continue;
    }
    rows.set(key, {
      key,
      type: c.type,
      symbol: c.symbol,
      date: c.date,
      issuer: c.issuer,
      group: groupOf(c),
      first: { paragraph: c.paragraph, start: c.start, end: c.end },
      mentions: 1,
    });
  }
  return [...rows.values()].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}

function groupOf(c: CitationRecord): CitedDocument["group"] {
  if (c.kind === "named") return namedGroup(c.canonical ?? "");
  if (!c.symbol) return "unknown";
  const issuerCode = partyIssuerCode(c.symbol);
  if (issuerCode === null) return "state";
  if (isCentralPartyCode(issuerCode)) return "central";
  const fromIssuer = c.issuer ? issuerGroup(c.issuer) : null;
  return fromIssuer === "provincial" || fromIssuer === "local" ? fromIssuer : "unknown";
}

/** The issuer code of a Party-style symbol ("82-KH/TU" → "TU"); null for State symbols. */
function partyIssuerCode(symbol: string): string | null {
  const m = /^\d+-[^/]+\/([^-]+)/u.exec(symbol);
  return m && isPartyIssuerCode(m[1]) ? m[1] : null;
}

function namedGroup(label: string): CitedDocument["group"] {
  if (/toàn quốc|Trung ương/u.test(label)) return "central";
  if (/^Luật /u.test(label)) return "state";
  if (/tỉnh/u.test(label)) return "provincial";
  return "local";
}
