import type { Token } from "./tokenizer";
import type { TypeEntry } from "./codes";

/**
 * An unnumbered reference cited by name: a congress resolution (`Nghị quyết Đại hội đại biểu
 * toàn quốc lần thứ XIII của Đảng`), a Central Committee plenum resolution in any of its
 * spellings (`Nghị quyết Trung ương 4 khóa XII`, `Nghị quyết TW4 (khóa XII)`, `Nghị quyết Hội
 * nghị Trung ương 6, khóa XII`), or a law by name (`Luật Ngân sách nhà nước`).
 */
export interface NamedReference {
  /** Identity shared by every spelling of the same document ("tw:4:XII", "congress:national:XIII"). */
  key: string;
  /** The form this spelling stands for, for display. */
  label: string;
  /** Normalised offset where the reference ends, and the token index after it. */
  end: number;
  next: number;
}

const ROMAN = /^[IVXL]+$/u;
const CAPITALISED = /^\p{Lu}/u;
const LEVEL_WORD = /^(tỉnh|huyện|quận|xã|phường|phố)$/u;
const KHOA = new Set(["khóa", "khoá"]);
const LAW_STOP = new Set(["và", "của", "số", "năm", "được", "đã", "theo", "trên", "các", "về", "với", "trong", "để", "thì", "hiện", "sửa", "đổi"]);

/** Parses a named reference whose type word starts at token i. */
export function parseNamedAt(tokens: readonly Token[], i: number, type: TypeEntry): NamedReference | null {
  if (!CAPITALISED.test(tokens[i].text)) return null;
  const after = i + type.word.split(" ").length;
  if (type.word === "Nghị quyết") return plenum(tokens, after) ?? congress(tokens, after);
  if (type.word === "Luật") return law(tokens, after);
  return null;
}

function plenum(tokens: readonly Token[], k: number): NamedReference | null {
  let j = k;
  if (tokens[j]?.lower === "hội" && tokens[j + 1]?.lower === "nghị") j += 2;
  let session: string | null = null;
  const glued = /^(TW|TƯ)(\d+)$/u.exec(tokens[j]?.text ?? "");
  if (glued) {
    session = glued[2];
    j += 1;
  } else if (tokens[j]?.text === "TW" || tokens[j]?.text === "TƯ") {
    j += 1;
  } else if (tokens[j]?.lower === "trung" && tokens[j + 1]?.lower === "ương") {
    j += 2;
  } else {
    return null;
  }
  if (!session && tokens[j]?.kind === "number" && tokens[j].text.length <= 2) {
    session = String(Number(tokens[j].text));
    j += 1;
  }
  if (!session) return null;
  let end = tokens[j - 1].end;
  let term: string | null = null;
  let m = j;
  if (tokens[m]?.text === ",") m += 1;
  const paren = tokens[m]?.text === "(";
  if (paren) m += 1;
  if (KHOA.has(tokens[m]?.lower ?? "") && ROMAN.test(tokens[m + 1]?.text ?? "")) {
    term = tokens[m + 1].text;
    m += 2;
    if (paren && tokens[m]?.text === ")") m += 1;
    if (!paren || tokens[m - 1].text === ")") {
      end = tokens[m - 1].end;
      j = m;
    }
  }
  const label = `Nghị quyết Trung ương ${session}${term ? ` khóa ${term}` : ""}`;
  return { key: `tw:${session}:${term ?? "?"}`, label, end, next: j };
}

function congress(tokens: readonly Token[], k: number): NamedReference | null {
  if (tokens[k]?.lower !== "đại" || tokens[k + 1]?.lower !== "hội") return null;
  const words: string[] = [];
  // The scope as written, so proper names keep their capitals (`Đảng bộ huyện Đức Phổ`).
  const written: string[] = [];
  for (let j = k + 2; j < Math.min(tokens.length, k + 14); j += 1) {
    const t = tokens[j];
    if (t.kind !== "word") return null;
    if (t.lower === "lần" && tokens[j + 1]?.lower === "thứ" && ROMAN.test(tokens[j + 2]?.text ?? "")) {
      const ordinal = tokens[j + 2].text;
      const scope = words.join(" ");
      const level = /toàn quốc/u.test(scope) ? "national" : /tỉnh/u.test(scope) ? "province" : /thành phố|thị xã|huyện|quận/u.test(scope) ? "local" : "other";
      let next = j + 3;
      if (level === "national" && tokens[next]?.lower === "của" && tokens[next + 1]?.lower === "đảng") next += 2;
      // `…, nhiệm kỳ 2020 - 2025` / `(nhiệm kỳ 2020-2025)` belongs to the name: kept, never dropped.
      const years = termYearsAt(tokens, next);
      if (years) next = years.next;
      const label = (level === "national" ? `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${ordinal} của Đảng` : `Nghị quyết Đại hội ${written.join(" ")} lần thứ ${ordinal}`) + (years ? `, nhiệm kỳ ${years.from} - ${years.to}` : "");
      // The place named after the level word (`huyện Đức Phổ`) tells two congresses of one level apart.
      const levelAt = words.findIndex((w) => LEVEL_WORD.test(w));
      const place = levelAt < 0 ? "" : written.slice(levelAt + 1).filter((w) => CAPITALISED.test(w)).join(" ").toLowerCase();
      return { key: `congress:${level}:${ordinal}${place ? `:${place}` : ""}`, label, end: tokens[next - 1].end, next };
    }
    words.push(t.lower);
    written.push(t.text);
  }
  return null;
}

const isYear = (t: Token | undefined): boolean => t?.kind === "number" && t.text.length === 4;

/** `, nhiệm kỳ 2020 - 2025`, `nhiệm kỳ 2020-2025`, `(nhiệm kỳ 2020 – 2025)` at token k. */
function termYearsAt(tokens: readonly Token[], k: number): { from: string; to: string; next: number } | null {
  let j = k;
  if (tokens[j]?.text === "," || tokens[j]?.text === "(") j += 1;
  if (tokens[j]?.lower !== "nhiệm" || tokens[j + 1]?.lower !== "kỳ" || !isYear(tokens[j + 2]) || !["-", "–"].includes(tokens[j + 3]?.text ?? "") || !isYear(tokens[j + 4])) return null;
  let next = j + 5;
  if (tokens[k].text === "(") {
    if (tokens[next]?.text !== ")") return null;
    next += 1;
  }
  return { from: tokens[j + 2].text, to: tokens[j + 4].text, next };
}

/** `Luật Ngân sách nhà nước`, `Luật Phòng, chống ma túy` (the comma of `phòng, chống` is part of the name). */
function law(tokens: readonly Token[], k: number): NamedReference | null {
  const words: Token[] = [];
  let j = k;
  for (; j < tokens.length && words.length < 6; j += 1) {
    const t = tokens[j];
    if (t.text === "," && words.length > 0 && words[words.length - 1].lower === "phòng" && tokens[j + 1]?.lower === "chống") continue;
    if (t.kind !== "word" || !t.spaceBefore || LAW_STOP.has(t.lower)) break;
    words.push(t);
  }
  if (words.length === 0) return null;
  const name = words.map((w) => w.lower).join(" ");
  const last = words[words.length - 1];
  const written = words.map((w, n) => (n > 0 && words[n - 1].lower === "phòng" && w.lower === "chống" ? ", " : n > 0 ? " " : "") + w.text).join("");
  return { key: `law:${name}`, label: `Luật ${capitalise(written)}`, end: last.end, next: j };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
