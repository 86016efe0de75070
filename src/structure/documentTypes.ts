/** Document types (data/structure/kinds.json): type words of the title line, symbol codes, closing phrases. */
import type { KindId } from "../core/types";
import kindsData from "../../data/structure/kinds.json";

export interface DocumentType {
  type: KindId | "report";
  typeWords: string[];
  codes: string[];
  /** Phrases the closing sentence contains (lower case, old tone placement), or null when the type has none. */
  closing: string[] | null;
}

export const DOCUMENT_TYPES = kindsData.documentTypes as DocumentType[];

/** The type word a title line starts with, in capitals ("BÁO CÁO", "KẾT LUẬN"); the rest may be edited freely. */
export function typeWordOf(content: string): string | null {
  for (const t of DOCUMENT_TYPES) {
    const word = t.typeWords.find((w) => content === w || content.startsWith(w + " "));
    if (word) return word;
  }
  return null;
}
