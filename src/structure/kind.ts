/**
 * Document type and report kind (data/structure/kinds.json): the type line ("BÁO CÁO",
 * "THÔNG BÁO", "KẾ HOẠCH" …) or, without one, the type code of the document's own symbol
 * ("Số: 12/TB-UBND", "Số 263-BC/ĐU"); a report's kind then comes from the words of its title.
 */
import type { KindId, SystemId } from "../core/types";
import type { ParagraphText } from "../text/normalize";
import kindsData from "../../data/structure/kinds.json";
import { NUMBER_LINE } from "../profile/vocabulary";
import { lineContent } from "./analysis";
import { foldForMatch } from "./vietnamese";
import { DOCUMENT_TYPES, typeWordOf, type DocumentType } from "./documentTypes";

export { typeWordOf };

interface ReportKind {
  kind: KindId;
  systems?: string[];
  patterns: string[];
}

const REPORT_KINDS = kindsData.reportKinds as ReportKind[];
const REPORT_KIND_IDS = new Set<KindId>(REPORT_KINDS.map((k) => k.kind));


const TITLE_WINDOW = 40;
const SUMMARY_LINES = 5;
/** Party "263-BC/ĐU", State "68/BC-UBND", "12/TB-VPUBND": the type code next to the number. */
const PARTY_CODE = /^\s*[\d\s.]*-\s*(\p{Lu}[\p{Lu}\p{Ll}]*)\s*\//u;
const STATE_CODE = /^\s*[\d\s.]*\/\s*(?:\d{4}\s*\/\s*)?(\p{Lu}[\p{Lu}\p{Ll}]*)\s*-/u;

/** The title's type word and the text of the lines under it (lower-cased, old tone placement). */
export function readTitle(text: readonly ParagraphText[]): { typeWord: string | null; words: string } {
  for (let i = 0; i < Math.min(text.length, TITLE_WINDOW); i += 1) {
    const { content } = lineContent(text[i]);
    const typeWord = typeWordOf(content);
    if (!typeWord) continue;
    const lines = [content];
    for (let k = i + 1; k < Math.min(text.length, i + 1 + SUMMARY_LINES); k += 1) {
      const next = lineContent(text[k]).content;
      if (next === "") break;
      lines.push(next);
    }
    return { typeWord, words: foldForMatch(lines.join(" ")) };
  }
  return { typeWord: null, words: "" };
}

/** The type code of the document's own number line ("BC" in "Số: /BC-UBND"), if any. */
export function symbolCode(text: readonly ParagraphText[]): string | null {
  for (let i = 0; i < Math.min(text.length, TITLE_WINDOW); i += 1) {
    const match = NUMBER_LINE.exec(lineContent(text[i]).content);
    if (!match) continue;
    const rest = match[3];
    const code = PARTY_CODE.exec(rest)?.[1] ?? STATE_CODE.exec(rest)?.[1];
    if (code) return code;
  }
  return null;
}

export function documentTypeOf(kind: KindId): DocumentType | null {
  const type = REPORT_KIND_IDS.has(kind) ? "report" : kind;
  return DOCUMENT_TYPES.find((t) => t.type === type) ?? null;
}

export function isReportKind(kind: KindId): boolean {
  return REPORT_KIND_IDS.has(kind);
}

export function detectKind(text: readonly ParagraphText[], system: SystemId): KindId {
  const { typeWord, words } = readTitle(text);
  const code = typeWord === null ? symbolCode(text) : null;
  const type = DOCUMENT_TYPES.find((t) => (typeWord !== null && t.typeWords.includes(typeWord)) || (code !== null && t.codes.includes(code)));
  if (type && type.type !== "report") return type.type as KindId;
  // A report, or a document whose type is not shown (exports often drop the header): its title words decide.
  for (const entry of REPORT_KINDS) {
    if (entry.systems && !entry.systems.includes(system)) continue;
    const byType = type !== undefined && entry.patterns.length === 0;
    if (byType || entry.patterns.some((pattern) => new RegExp(pattern, "u").test(words))) return entry.kind;
  }
  return type && system === "state" ? "state-report" : "other";
}
