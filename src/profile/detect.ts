import type { ParagraphText } from "../text/normalize";
import type { ProfileId, SystemId } from "../core/types";
import { partyProfileFor } from "./profile";

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

const PARTY_MOTTO = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const STATE_MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
const PARTY_ISSUER = /^\s*(ĐẢNG\s+(BỘ|ỦY|UỶ)|CHI\s+BỘ|(TỈNH|THÀNH|THỊ|HUYỆN|QUẬN)\s+(ỦY|UỶ)|BAN\s+(THƯỜNG\s+VỤ|CHẤP\s+HÀNH)|ĐẢNG\s+ỦY)/u;
const STATE_ISSUER = /^\s*(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|^\s*UBND\b|^\s*HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|^\s*HĐND\b|^\s*SỞ\s|^\s*PHÒNG\s/u;
/** "Đông Hà, ngày 05 tháng 01 năm 2021"; day or month may be left blank in a draft. */
export const PLACE_DATE = /,\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;

export function detectProfile(text: readonly ParagraphText[], today: Date = new Date()): ProfileDetection {
  const header = text.slice(0, HEADER_WINDOW).map((t) => t.normalized);
  const documentDate = findDocumentDate(header);
  let system: SystemId | null = null;
  let basis: ProfileDetection["basis"] = "default";
  if (header.some((line) => PARTY_MOTTO.test(line))) {
    system = "party";
    basis = "motto";
  } else if (header.some((line) => STATE_MOTTO.test(line))) {
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
const DECORATION = /^[\s*#_]+/u;
const PARTY_AUTHORITY = /^(T\/M|K\/T|T\/L)\s/u;
const STATE_AUTHORITY = /^(TM|KT|TL|TUQ)\.\s/u;
/** "Tại hội nghị ngày 17/7/2023": a date near the top when the place-date line is missing. */
const REFERENCE_DATE = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

function systemFromIssuer(lines: readonly string[]): SystemId | null {
  for (const raw of lines) {
    // A conclusion names its committee as "CỦA THỊ ỦY (KHÓA XXI)".
    const line = raw.replace(DECORATION, "").replace(/^CỦA\s+/u, "");
    if (PARTY_ISSUER.test(line)) return "party";
    if (STATE_ISSUER.test(line)) return "state";
  }
  return null;
}

function systemFromAuthority(lines: readonly string[]): SystemId | null {
  for (const raw of lines) {
    const line = raw.replace(DECORATION, "");
    if (PARTY_AUTHORITY.test(line)) return "party";
    if (STATE_AUTHORITY.test(line)) return "state";
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
    for (const match of line.matchAll(new RegExp(PLACE_DATE.source, "gu"))) {
      if (SYMBOL_BEFORE.test(line.slice(0, match.index))) continue;
      const [, day, month, year] = match;
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
