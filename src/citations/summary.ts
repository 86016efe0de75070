import { joinTokens, type Token } from "./tokenizer";
import summaryData from "../../data/citations/summary.json";
import { typePhraseAt } from "./typePhrase";

/** The summary (trích yếu) of a cited document as written after its head, with its normalised offsets. */
export interface SummaryPhrase {
  /** `về …`, a quoted title, or a verb phrase (`phê duyệt …`, `ban hành …`) or a title written after the issuer (`Kết luận của …`). */
  form: "ve" | "quote" | "verb";
  text: string;
  start: number;
  end: number;
}

const OPENING_QUOTES: Record<string, string> = { "“": "”", '"': '"', "«": "»", "‘": "’", "'": "'" };
/** Verbs that open a summary written without `về` (`Quyết định … của Thủ tướng Chính phủ phê duyệt Chương trình …`). */
const SUMMARY_VERBS: readonly string[][] = summaryData.verbs.map((v) => v.split(" "));
/** The verbs by their first word, in list order. */
const VERBS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of SUMMARY_VERBS) VERBS_BY_FIRST_WORD.set(words[0], [...(VERBS_BY_FIRST_WORD.get(words[0]) ?? []), words]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * The summary starting at token j, or null. It runs to the clause end (the tokens given end
 * there), to the closing quote of a quoted title, or to a comma followed by a capitalised
 * word, which starts the next part of the sentence (`…, Ban Thường vụ Tỉnh ủy đã ban hành …`).
 */
export function summaryAt(tokens: readonly Token[], j: number): SummaryPhrase | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === "punct" && OPENING_QUOTES[t.text] && tokens[j + 1]?.kind === "word") {
    const k = matchingQuote(tokens, j);
    return k > j ? phrase("quote", tokens, j, k) : phrase("quote", tokens, j, endOfSummary(tokens, j + 1));
  }
  if (t.kind !== "word") return null;
  // `ban hành về …` reads from `về`.
  const verb = VERBS_BY_FIRST_WORD.get(t.lower)?.find((words) => words.every((w, n) => tokens[j + n]?.lower === w));
  if (t.lower === "về" || (verb && tokens[j + verb.length]?.lower === "về")) {
    const from = t.lower === "về" ? j : j + verb!.length;
    return phrase("ve", tokens, from, endOfSummary(tokens, from + 1));
  }
  if (verb) return phrase("verb", tokens, j, endOfSummary(tokens, j + verb.length));
  // A notice's title written after its issuer: `Thông báo số 566/TB-UBND … của UBND tỉnh Kết luận của đồng chí …`.
  const title = CAPITALISED.test(t.text) ? typePhraseAt(tokens, j) : undefined;
  if (title && !startsNumberedReference(tokens, j)) return phrase("verb", tokens, j, endOfSummary(tokens, j + title.words.length));
  return null;
}

/** Curly closing quotes and their openers: a closer with no opener inside the summary ends it (the summary sits inside another document's quoted title). */
const CLOSERS = new Map([["”", "“"], ["»", "«"], ["’", "‘"]]);
const CURLY_OPENERS = new Set(CLOSERS.values());

/** The quote closing the one at j, nested curly quotes skipped (`“Đẩy mạnh … “diễn biến hòa bình” … Internet”`); -1 when unclosed. */
function matchingQuote(tokens: readonly Token[], j: number): number {
  const open = tokens[j].text;
  const close = OPENING_QUOTES[open];
  let depth = 0;
  for (let k = j + 1; k < tokens.length; k += 1) {
    const x = tokens[k].text;
    if (x === close) {
      if (depth === 0) return k;
      depth -= 1;
    } else if (x === open) depth += 1;
  }
  return -1;
}

function endOfSummary(tokens: readonly Token[], from: number): number {
  let depth = 0;
  let quotes = 0;
  for (let k = from; k < tokens.length; k += 1) {
    const t = tokens[k];
    // Most tokens are words and numbers: only a joining word can end the summary among them.
    if (t.kind !== "punct") {
      if (t.kind === "word" && depth === 0 && LIST_JOINERS.has(t.lower) && startsNumberedReference(tokens, k + 1)) return k - 1;
      continue;
    }
    if (t.text === "(") depth += 1;
    else if (t.text === ")") {
      if (depth === 0) return k - 1;
      depth -= 1;
    } else if (CURLY_OPENERS.has(t.text)) quotes += 1;
    else if (CLOSERS.has(t.text)) {
      if (quotes === 0) return k - 1;
      quotes -= 1;
    } else if (t.text === "," && depth === 0 && tokens[k + 1]?.kind === "word" && CAPITALISED.test(tokens[k + 1].text)) return k - 1;
    else if (depth === 0 && LIST_JOINERS.has(t.lower) && startsNumberedReference(tokens, k + 1)) return k - 1;
  }
  // The clause end (a final `.` or `;`) is not part of it.
  let last = tokens.length - 1;
  while (last >= from && tokens[last].kind === "punct" && /^[.;,:!?]$/u.test(tokens[last].text)) last -= 1;
  return Math.max(last, from - 1);
}

const LIST_JOINERS = new Set([",", "và", "hoặc", "cùng"]);

/** `… và Chỉ thị số 24/CT-TTg`: the next reference of a list, which ends the summary before it. */
function startsNumberedReference(tokens: readonly Token[], k: number): boolean {
  const phrase = typePhraseAt(tokens, k);
  if (!phrase) return false;
  const after = tokens[k + phrase.words.length];
  return after?.lower === "số" || after?.kind === "number";
}

function phrase(form: SummaryPhrase["form"], tokens: readonly Token[], from: number, to: number): SummaryPhrase {
  return { form, text: joinTokens(tokens, from, to + 1), start: tokens[from].start, end: tokens[to].end };
}
