import type { Token } from "./tokenizer";
import { TYPE_PHRASES } from "./codes";

export type TypePhrase = (typeof TYPE_PHRASES)[number];

/** Type phrases by their first word, longest first within each list (as in TYPE_PHRASES): a token is compared with its own few. */
export const PHRASES_BY_FIRST_WORD = new Map<string, TypePhrase[]>();
for (const phrase of TYPE_PHRASES) {
  const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST_WORD.set(phrase.words[0], list);
}

/** The longest type phrase whose words the tokens from k spell in lower case (any kind of token, any spacing); undefined when none. */
export function typePhraseAt(tokens: readonly Token[], k: number): TypePhrase | undefined {
  const first = tokens[k];
  if (!first) return undefined;
  return PHRASES_BY_FIRST_WORD.get(first.lower)?.find(({ words }) => words.every((w, n) => tokens[k + n]?.lower === w));
}
