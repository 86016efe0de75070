import type { ParagraphText } from "../text/normalize";
import type { ProfileId, SystemId } from "../engine/types";
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
    for (const line of header) {
      if (PARTY_ISSUER.test(line)) system = "party";
      else if (STATE_ISSUER.test(line)) system = "state";
      if (system) {
        basis = "issuer";
        break;
      }
    }
  }
  system ??= "party";
  const profile = system === "state" ? "state" : partyProfileFor(documentDate ?? toIsoDate(today));
  return { profile, system, basis, documentDate };
}

function findDocumentDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = PLACE_DATE.exec(line);
    if (!match) continue;
    const [, day, month, year] = match;
    return `${year}-${pad(month ?? "1")}-${pad(day ?? "1")}`;
  }
  return null;
}

function pad(value: string): string {
  return value.padStart(2, "0");
}

export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(String(date.getMonth() + 1))}-${pad(String(date.getDate()))}`;
}
