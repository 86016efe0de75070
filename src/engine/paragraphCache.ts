/**
 * The normalised paragraphs of the last check of a document, by text, for the next check of the
 * same document (see createChecker in incremental.ts).
 */
import type { Paragraph } from "../document/snapshot";
import { normalizeParagraph, type ParagraphText } from "../text/normalize";

/** The ParagraphTexts of the last check, by text; texts no longer in the document are dropped. */
export class ParagraphTextCache {
  private byText = new Map<string, ParagraphText>();

  /** Distinct paragraph texts held for the next check. */
  get size(): number {
    return this.byText.size;
  }

  normalize(paragraphs: readonly Paragraph[]): ParagraphText[] {
    const kept = new Map<string, ParagraphText>();
    const text = paragraphs.map(({ text }) => {
      let normalized = kept.get(text) ?? this.byText.get(text);
      if (normalized === undefined) {
        normalized = normalizeParagraph(text);
        normalized.keepForNextCheck();
      }
      kept.set(text, normalized);
      return normalized;
    });
    this.byText = kept;
    return text;
  }
}
