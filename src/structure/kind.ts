/** Report kind from the title block (type line + summary), driven by data/structure/kinds.json. */
import type { KindId, SystemId } from "../engine/types";
import type { ParagraphText } from "../text/normalize";
import kindsData from "../../data/structure/kinds.json";
import { lineContent, typeWordOf } from "./analysis";
import { foldForMatch } from "./vietnamese";

interface KindPattern {
  kind: string;
  systems?: string[];
  typeWords?: string[];
  patterns: string[];
}

const TITLE_WINDOW = 40;
const SUMMARY_LINES = 5;

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

export function detectKind(text: readonly ParagraphText[], system: SystemId): KindId {
  const { typeWord, words } = readTitle(text);
  for (const entry of kindsData.kinds as KindPattern[]) {
    if (entry.systems && !entry.systems.includes(system)) continue;
    const byType = entry.typeWords !== undefined && typeWord !== null && entry.typeWords.includes(typeWord);
    const byWords = entry.patterns.some((pattern) => new RegExp(pattern, "u").test(words));
    if (byType || byWords) return entry.kind as KindId;
  }
  return system === "state" ? "state-report" : "other";
}
