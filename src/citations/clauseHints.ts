import { TYPE_PHRASES } from "./codes";

/**
 * Hints, tested before tokenising a clause, that it may hold a citation: a number-symbol
 * (`35-NQ/TW`, `68/QĐ-UBND`, `30/2020/NĐ-CP`, `35 CT/TW`, `1600a/QĐ`), a type phrase before a
 * number (`Quyết định 217, 218`, `kế hoạch số12`), a type phrase before `này`, or a capitalised
 * `Nghị quyết` / `Luật` cited by name. Most clauses of a long report have none and are skipped.
 *
 * No hint can match a clause end (`.`, `;`, `!`, `?`) and none looks behind or ahead, so a match
 * in the paragraph that starts inside a clause is a match of the clause alone: the hints are run
 * over the whole paragraph, each about once, instead of once per clause.
 *
 * A hint is a list of patterns, any of which may match: a search is as slow as the commonest
 * first character of its pattern, so `số` and white space are not alternatives beside a digit
 * (split, the patterns take a quarter to two fifths less time than joined).
 */
export const SYMBOL_HINTS: readonly RegExp[] = [/[0-9]\p{Ll}?\s*(?:[-–‐‑]\s*\p{Lu}|\/\s*(?:\p{Lu}|[0-9]{4}\s*\/))|[0-9]\s+\p{Lu}{2,}\p{Ll}?\s*\//gu, /số\s*[0-9]+\s*[-–/]/gu];
/**
 * A type phrase before a number (up to two words and `số` between) or before `này`. The long
 * case-insensitive list is slow to try at every offset: it is written as a prefix tree (each
 * offset tries a few first letters, not every phrase), and searched in the one clause that
 * needs it, never past the clause end (see ClauseHints.numberedType).
 */
const NUMBERED_TYPE = new RegExp(`${prefixTree(TYPE_PHRASES.map(({ words }) => words.join(" ")))}(?:(?:\\s+\\p{L}+){0,2}?\\s*(?:số\\s*)?[0-9]|\\s+này)`, "iu");
/**
 * `Nghị quyết` or `Luật` with its capital (cited by name), the other letters in either case:
 * written out letter by letter, without the `i` flag, so that the search stops at capital N and
 * L only, not at every n and l of the text.
 */
const CAPITALISED_NAME = /N[gG][hH][ịỊ]\s+[qQ][uU][yY][ếẾ][tT]|L[uU][ậẬ][tT]/gu;
/** A number after a space or `số`, or `này` after a space. Both lists are exported for the test that holds them to the joined patterns. */
export const DIGIT_OR_THIS: readonly RegExp[] = [/\s[0-9]/gu, /số[0-9]/giu, /\snày/giu];
/** What every hint needs somewhere: a digit, `này` (after a type phrase), `nghị` or `luật` (cited by name). */
const ANY_HINT = /[0-9]|này|nghị|luật/iu;

/** False when no clause of the paragraph can hold a citation (headings, prose without figures): skipped in one cheap test. */
export function mayCiteAnywhere(text: string): boolean {
  return ANY_HINT.test(text);
}

/**
 * A pattern matching any of the phrases (a space standing for any run of white space), shared
 * beginnings written once: `ch(?:ương\s+trình(?:\s+hành\s+động)?|ỉ\s+thị)`.
 */
function prefixTree(phrases: readonly string[]): string {
  interface Branch {
    next: Map<string, Branch>;
    ends: boolean;
  }
  const root: Branch = { next: new Map(), ends: false };
  for (const phrase of phrases) {
    let branch = root;
    for (const ch of phrase) {
      let next = branch.next.get(ch);
      if (!next) branch.next.set(ch, (next = { next: new Map(), ends: false }));
      branch = next;
    }
    branch.ends = true;
  }
  const write = (branch: Branch): string => {
    const options = [...branch.next].map(([ch, next]) => (ch === " " ? String.raw`\s+` : escapeRegExp(ch)) + write(next));
    if (options.length === 0) return "";
    if (options.length === 1 && !branch.ends) return options[0];
    return `(?:${options.join("|")})${branch.ends ? "?" : ""}`;
  };
  return write(root);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The hints of one paragraph, asked clause by clause in reading order. */
export class ClauseHints {
  private readonly symbol: readonly HintCursor[];
  private readonly digitOrThis: readonly HintCursor[];
  private readonly capitalisedName: HintCursor;

  constructor(private readonly text: string) {
    this.symbol = SYMBOL_HINTS.map((pattern) => new HintCursor(pattern, text));
    this.digitOrThis = DIGIT_OR_THIS.map((pattern) => new HintCursor(pattern, text));
    this.capitalisedName = new HintCursor(CAPITALISED_NAME, text);
  }

  /** Whether text[from, to), a clause, may hold a citation. */
  mayCite(from: number, to: number): boolean {
    // The long type-phrase list last, and only where a number follows a space.
    return anyWithin(this.symbol, from, to) || this.capitalisedName.within(from, to) || (anyWithin(this.digitOrThis, from, to) && this.numberedType(from, to));
  }

  /**
   * Searched in the clause alone (a substring shares the paragraph's characters): between its
   * type phrase and its digit or `này` are only letters and spaces, so a match never crosses
   * the clause end, and one that starts in the clause ends in it.
   */
  private numberedType(from: number, to: number): boolean {
    return NUMBERED_TYPE.test(this.text.slice(from, to));
  }
}

/** Whether a match of any of the cursors' patterns starts in [from, to). */
function anyWithin(cursors: readonly HintCursor[], from: number, to: number): boolean {
  for (const cursor of cursors) if (cursor.within(from, to)) return true;
  return false;
}

/**
 * The leftmost match of a global pattern at or after an offset, remembered: asked with offsets
 * that only grow, it reads the paragraph about once in all.
 */
class HintCursor {
  private searchedFrom = -1;
  private found: RegExpExecArray | null = null;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** The leftmost match starting at or after `from`. */
  at(from: number): RegExpExecArray | null {
    // A search from an earlier offset that found nothing before `from` answers for `from` too.
    const known = this.searchedFrom >= 0 && this.searchedFrom <= from && (this.found === null || this.found.index >= from);
    if (!known) {
      this.pattern.lastIndex = from;
      this.found = this.pattern.exec(this.text);
      this.searchedFrom = from;
    }
    return this.found;
  }

  /** Whether a match starts in [from, to). */
  within(from: number, to: number): boolean {
    const m = this.at(from);
    return m !== null && m.index < to;
  }
}
