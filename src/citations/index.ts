import type { ParagraphText } from "../text/normalize";
import type { CitationRecord, CitedDocument } from "../engine/types";
import type { Profile } from "../profile/profile";
import type { Rule } from "../lint/types";

// Placeholder wiring: the citation detector, registry and rules plug in here.
export function extractCitations(_text: readonly ParagraphText[], _profile: Profile): CitationRecord[] {
  return [];
}

export function listCitedDocuments(_citations: readonly CitationRecord[]): CitedDocument[] {
  return [];
}

export const citationRules: Rule<never>[] = [];
