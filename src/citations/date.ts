import type { Token } from "./tokenizer";

/** A date written in a citation: `22/10/2018`, `22-10-2018`, `22.10.2018` or `22 tháng 10 năm 2018`. */
export interface CitedDate {
  day: number;
  month: number;
  year: number;
  /** ISO YYYY-MM-DD when the date exists in the calendar; null otherwise. */
  iso: string | null;
  form: "slash" | "dash" | "dot" | "words";
  /** Normalised offsets of the written date. */
  start: number;
  end: number;
  /** Token index after the date. */
  next: number;
}

const SEPARATORS: Record<string, CitedDate["form"]> = { "/": "slash", "-": "dash", ".": "dot" };

export function parseDateAt(tokens: readonly Token[], i: number): CitedDate | null {
  const t = tokens[i];
  if (!t || t.kind !== "number" || t.text.length > 2) return null;
  const sep = tokens[i + 1];
  if (sep?.kind === "punct" && SEPARATORS[sep.text] && !sep.spaceBefore) {
    const m = tokens[i + 2];
    const sep2 = tokens[i + 3];
    const y = tokens[i + 4];
    if (m?.kind !== "number" || m.spaceBefore || m.text.length > 2) return null;
    if (sep2?.text !== sep.text || sep2.spaceBefore || y?.kind !== "number" || y.spaceBefore || y.text.length !== 4) return null;
    return build(Number(t.text), Number(m.text), Number(y.text), SEPARATORS[sep.text], t.start, y.end, i + 5);
  }
  if (tokens[i + 1]?.lower === "tháng" && tokens[i + 2]?.kind === "number" && tokens[i + 3]?.lower === "năm" && tokens[i + 4]?.kind === "number") {
    const y = tokens[i + 4];
    if (y.text.length !== 4) return null;
    return build(Number(t.text), Number(tokens[i + 2].text), Number(y.text), "words", t.start, y.end, i + 5);
  }
  return null;
}

function build(day: number, month: number, year: number, form: CitedDate["form"], start: number, end: number, next: number): CitedDate {
  return { day, month, year, iso: isoDate(day, month, year), form, start, end, next };
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** formatDate's results by house style (its padded months) and date: a report cites the same few dates again and again, from the records and from several rules. */
const formattedDates = new WeakMap<readonly number[], Map<string, string>>();

/** `22/10/2018`, `05/7/2019`, `12/01/2021`: day always two digits, month two digits only when listed in padMonths. */
export function formatDate(iso: string, padMonths: readonly number[]): string {
  let byIso = formattedDates.get(padMonths);
  if (!byIso) formattedDates.set(padMonths, (byIso = new Map()));
  let formatted = byIso.get(iso);
  if (formatted === undefined) {
    const [year, month, day] = iso.split("-").map(Number);
    const mm = padMonths.includes(month) ? pad2(month) : String(month);
    formatted = `${pad2(day)}/${mm}/${year}`;
    if (byIso.size < 10000) byIso.set(iso, formatted);
  }
  return formatted;
}

/** `22/10/2018` (ISO in, Vietnamese out) for messages. */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}/${month}/${year}`;
}
