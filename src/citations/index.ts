import type { ParagraphText } from "../text/normalize";
import type { CitationRecord, CitedDocument } from "../engine/types";
import type { Profile } from "../profile/profile";
import type { Rule } from "../lint/types";
import { analyzeCitations } from "./analysis";

export { ownedParagraphs } from "./analysis";
import type { CitationRegistry } from "./registry";
import { listDocuments } from "./documents";

export { tableOfAuthorities, authorityTableCells, authorityColumns, type AuthoritySection, type AuthorityRow, type AuthorityLevel, type AuthoritySystem } from "./authorities";
import { missingSo } from "./rules/missingSo";
import { symbolSpacing } from "./rules/symbolSpacing";
import { symbolSystem } from "./rules/symbolSystem";
import { typeCode } from "./rules/typeCode";
import { dateFormat } from "./rules/dateFormat";
import { dateComma } from "./rules/dateComma";
import { issuerAbbreviation } from "./rules/issuerAbbreviation";
import { firstMentionIncomplete } from "./rules/firstMentionIncomplete";
import { inconsistentMention } from "./rules/inconsistentMention";
import { registryConflict } from "./rules/registryConflict";
import { namedForm } from "./rules/namedForm";
import { citationSpacing } from "./rules/citationSpacing";

/** Every citation in the document, in reading order (numbered and named). */
export function extractCitations(text: readonly ParagraphText[], profile: Profile, registry?: CitationRegistry, excluded?: ReadonlySet<number>): CitationRecord[] {
  return analyzeCitations(text, profile, registry, excluded).records;
}

/** The cited-documents table: one row per document, grouped central / provincial / local / State. */
export function listCitedDocuments(citations: readonly CitationRecord[]): CitedDocument[] {
  return listDocuments(citations);
}

export const citationRules: Rule<never>[] = [
  missingSo,
  symbolSpacing,
  symbolSystem,
  typeCode,
  dateFormat,
  dateComma,
  issuerAbbreviation,
  firstMentionIncomplete,
  inconsistentMention,
  registryConflict,
  namedForm,
  citationSpacing,
] as unknown as Rule<never>[];
