import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { EXPANSIONS } from "../codes";

const FLAGGED = EXPANSIONS.filter((e) => e.flag).map((e) => ({ ...e, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${e.abbreviation}(?![\\p{L}\\p{N}])`, "gu") }));

interface ShortForm {
  abbreviation: string;
  full: string;
  /** Offset in the issuer phrase. */
  offset: number;
}

/** The flagged short forms in an issuer phrase, in the order the rule reports them. */
function findShortForms(issuer: string): ShortForm[] {
  const found: ShortForm[] = [];
  for (const { abbreviation, full, pattern } of FLAGGED) {
    for (const m of issuer.matchAll(pattern)) found.push({ abbreviation, full, offset: m.index! });
  }
  return found;
}

/** `của BCH Trung ương`, `của BTV Thành ủy`, `của Ban chấp hành …`: the issuer is written in full, with its capitals. */
export const issuerAbbreviation = defineRule<Record<string, never>>({
  id: "citation/issuer-abbreviation",
  category: "citation",
  description: { vi: "Cơ quan ban hành trong viện dẫn viết đầy đủ, đúng chữ hoa (Ban Chấp hành, Ban Thường vụ).", en: "The issuer in a citation is written in full with its capitals (Ban Chấp hành, Ban Thường vụ)." },
  severity: "warning",
  fix: "safe",
  messages: {
    citationWriteInstead: {
      vi: "Trong viện dẫn, viết “{full}” thay cho “{abbreviation}”.",
      en: "In a citation, write “{full}” instead of “{abbreviation}”.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    // Issuer starts already read in the current paragraph (citations come in paragraph order).
    const seen = new Set<number>();
    let paragraph = -1;
    // A report names the same few issuers again and again: find the short forms once per wording.
    const shortFormsByIssuer = new Map<string, ShortForm[]>();
    for (const c of analysis.citations) {
      // List items share one issuer phrase: report it once.
      // An issuer written as the sentence's subject is body text, not the citation's own wording.
      if (c.paragraph !== paragraph) {
        seen.clear();
        paragraph = c.paragraph;
      }
      if (!c.issuer || c.issuer.role === "subject" || seen.has(c.issuer.start)) continue;
      seen.add(c.issuer.start);
      const segment = ctx.text[c.paragraph].normalized.slice(c.issuer.start, c.issuer.end);
      let shortForms = shortFormsByIssuer.get(segment);
      if (!shortForms) {
        shortForms = findShortForms(segment);
        shortFormsByIssuer.set(segment, shortForms);
      }
      for (const { abbreviation, full, offset } of shortForms) {
        const start = c.issuer.start + offset;
        const end = start + abbreviation.length;
        reports.push({
          ...ctx.fix.span(c.paragraph, start, end),
          messageId: "citationWriteInstead", data: { full, abbreviation },
          suggestions: [{ label: { vi: `Viết “${full}”`, en: `Write “${full}”` }, edits: [ctx.fix.replace(c.paragraph, start, end, full)] }],
        });
      }
    }
    return reports;
  },
});
