import type { ParagraphText } from "../text/normalize";
import type { ProfileId, SystemId } from "../core/types";
import { partyProfileFor } from "./profile";
import { authorityOf, issuerSystem, mottoSystem, PLACE_DATE } from "./vocabulary";

export interface ProfileDetection {
  profile: ProfileId;
  system: SystemId;
  /** Why: "motto", "issuer" or "default". */
  basis: "motto" | "issuer" | "default";
  /** The document's own date from its place-date line (ISO, day/month may be defaulted), if any. */
  documentDate: string | null;
}

/** Header lines live near the top; a report's body may quote mottos, so look only here. */
const HEADER_WINDOW = 25;

export function detectProfile(text: readonly ParagraphText[], today: Date = new Date()): ProfileDetection {
  const header = text.slice(0, HEADER_WINDOW).map((t) => t.normalized);
  const documentDate = findDocumentDate(header);
  let system: SystemId | null = null;
  let basis: ProfileDetection["basis"] = "default";
  const mottos = header.map(mottoSystem);
  if (mottos.includes("party")) {
    system = "party";
    basis = "motto";
  } else if (mottos.includes("state")) {
    system = "state";
    basis = "motto";
  } else {
    // Exports often drop the header: the signature names the issuer too ("T/M THỊ ỦY", "TM. ỦY BAN NHÂN DÂN").
    system = systemFromIssuer(header) ?? systemFromAuthority(text.slice(-CLOSING_WINDOW).map((t) => t.normalized));
    if (system) basis = "issuer";
  }
  system ??= "party";
  const profile = system === "state" ? "state" : partyProfileFor(documentDate ?? referenceDate(header) ?? toIsoDate(today));
  return { profile, system, basis, documentDate };
}

const CLOSING_WINDOW = 40;
/** "Tại hội nghị ngày 17/7/2023": a date near the top when the place-date line is missing. */
const REFERENCE_DATE = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

function systemFromIssuer(lines: readonly string[]): SystemId | null {
  for (const line of lines) {
    const system = issuerSystem(line);
    if (system) return system;
  }
  return null;
}

function systemFromAuthority(lines: readonly string[]): SystemId | null {
  for (const line of lines) {
    const authority = authorityOf(line.trim());
    // "Q." is written the same way in both systems.
    if (authority && authority.written !== "Q.") return authority.system;
  }
  return null;
}

function referenceDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = REFERENCE_DATE.exec(line);
    if (match) return `${match[3]}-${pad(match[2])}-${pad(match[1])}`;
  }
  return null;
}

/** A document symbol right before the comma ("30/2020/NĐ-CP, ngày …"): a citation's date, not the place-date line. */
const SYMBOL_BEFORE = /\S*\/\S*$/u;

function findDocumentDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = line.trim();
    const global = new RegExp(PLACE_DATE.source, PLACE_DATE.flags.includes("g") ? PLACE_DATE.flags : `${PLACE_DATE.flags}g`);
    for (const match of text.matchAll(global)) {
      if (SYMBOL_BEFORE.test(text.slice(0, match.index))) continue;
      const { day, month, year } = match.groups ?? {};
      if (!year) continue;
      return `${year}-${pad(month ?? "1")}-${pad(day ?? "1")}`;
    }
  }
  return null;
}

function pad(value: string): string {
  return value.padStart(2, "0");
}

export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(String(date.getMonth() + 1))}-${pad(String(date.getDate()))}`;
}
