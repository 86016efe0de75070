import type { CitationRecord, CitedDocument } from "./types";
import type { Localized } from "../core/types";
import { listDocuments } from "./documents";
import { displayDate } from "./date";
import { findBody, canonicalIssuer } from "./issuer";
import { isPartyIssuerCode, isStateIssuerCode } from "./codes";
import { PARTY_SYMBOL } from "./symbol";

/**
 * The table of cited documents (table of authorities): every document the report cites, by
 * issuer level (Central, then province, then district and commune), Party before State within
 * a level, each with type, number-symbol, date, issuer, summary and the paragraphs citing it.
 * Pure: the task pane turns it into a Word table, the CLI into JSON or CSV.
 */
export type AuthorityLevel = "central" | "province" | "local" | "unknown";
export type AuthoritySystem = "party" | "state";

export interface AuthorityRow {
  /** The document id (`CitationRecord.document`). */
  document: string;
  type: string | null;
  /** `35-NQ/TW`; for a numbered reference without a symbol, the number alone. */
  numberSymbol: string | null;
  /** ISO date. */
  date: string | null;
  issuer: string | null;
  summary: string | null;
  /** For a document cited by name with no number and no date (`Nghị quyết Trung ương 4 khóa XII`, `Luật Căn cước`). */
  name: string | null;
  /** Paragraph indexes (0-based) of every mention, once each, in order. */
  paragraphs: number[];
  mentions: number;
}

export interface AuthoritySection {
  level: AuthorityLevel;
  system: AuthoritySystem;
  title: Localized;
  rows: AuthorityRow[];
}

const SECTION_ORDER: readonly [AuthorityLevel, AuthoritySystem][] = [
  ["central", "party"],
  ["central", "state"],
  ["province", "party"],
  ["province", "state"],
  ["local", "party"],
  ["local", "state"],
  ["unknown", "party"],
  ["unknown", "state"],
];

const LEVEL_TITLES: Record<AuthorityLevel, Localized> = {
  central: { vi: "Trung ương", en: "Central" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  local: { vi: "Cấp huyện, cấp xã", en: "District and commune" },
  unknown: { vi: "Chưa xác định cấp ban hành", en: "Level not known" },
};
const SYSTEM_TITLES: Record<AuthoritySystem, Localized> = { party: { vi: "văn bản của Đảng", en: "Party documents" }, state: { vi: "văn bản của Nhà nước", en: "State documents" } };

/** The table from a check's citations (the add-in's own inserted table is already left out of them). */
export function tableOfAuthorities(citations: readonly CitationRecord[]): AuthoritySection[] {
  const sections = new Map<string, AuthoritySection>();
  for (const doc of listDocuments(citations)) {
    const system = systemOf(doc);
    const level = levelOf(doc, system);
    const id = `${level}:${system}`;
    let section = sections.get(id);
    if (!section) {
      section = {
        level,
        system,
        title: { vi: `${LEVEL_TITLES[level].vi} — ${SYSTEM_TITLES[system].vi}`, en: `${LEVEL_TITLES[level].en} — ${SYSTEM_TITLES[system].en}` },
        rows: [],
      };
      sections.set(id, section);
    }
    section.rows.push(rowOf(doc));
  }
  return SECTION_ORDER.map(([level, system]) => sections.get(`${level}:${system}`)).filter((s): s is AuthoritySection => s !== undefined);
}

function rowOf(doc: CitedDocument): AuthorityRow {
  const numberSymbol = doc.symbol ?? doc.number ?? null;
  const unnumbered = numberSymbol === null && doc.date === null;
  return {
    document: doc.id ?? doc.key,
    type: doc.type,
    numberSymbol,
    date: doc.date,
    issuer: doc.issuer,
    summary: doc.summary ?? null,
    name: unnumbered ? doc.key : null,
    paragraphs: doc.paragraphs ?? [doc.first.paragraph],
    mentions: doc.mentions,
  };
}

const PARTY_NAMED = /^Nghị quyết (Trung ương|Đại hội)/u;
/** `68/QĐ/TU`: a Party issuer after two slashes. */
const SLASHED_SYMBOL = /^\d+\p{L}?\/[^/]+\/([^-/]+)$/u;
/** `35-TB`: a number, a hyphen and capitals, nothing after. */
const PARTY_TYPE_ONLY = /^\d+\p{L}?-\p{Lu}+$/u;

function systemOf(doc: CitedDocument): AuthoritySystem {
  if (doc.symbol) {
    const party = PARTY_SYMBOL.exec(doc.symbol);
    if (party && (isPartyIssuerCode(party[1]) || !isStateIssuerCode(party[1]))) return "party";
    const slash = SLASHED_SYMBOL.exec(doc.symbol);
    if (slash && isPartyIssuerCode(slash[1])) return "party";
    if (PARTY_TYPE_ONLY.test(doc.symbol)) return "party";
    return "state";
  }
  if (PARTY_NAMED.test(doc.key)) return "party";
  const body = doc.issuer ? findBody(doc.issuer) : null;
  return body && body.group !== "state" ? "party" : "state";
}

const CENTRAL_STATE = /Chính phủ|Thủ tướng|Quốc hội|Chủ tịch nước|^Bộ |^Văn phòng Chính phủ|Trung ương/u;
const LOCAL = /huyện|thị xã|thị trấn|quận|phường|(?<!\p{L})xã|thành phố|Thành ủy|Thị ủy|Huyện ủy|Quận ủy|Đảng ủy/u;
const PROVINCE = /tỉnh|Tỉnh ủy|^Sở |Công an tỉnh/u;
/** State symbols issued centrally: Government, Prime Minister, National Assembly bodies, ministries. */
const CENTRAL_STATE_CODE = /[/-](CP|TTg|VPCP|QH\d*|UBTVQH\d*|B[A-ZĐ]{1,6})(?:-|$)/u;

function levelOf(doc: CitedDocument, system: AuthoritySystem): AuthorityLevel {
  const issuer = doc.issuer ? canonicalIssuer(doc.issuer) : "";
  if (system === "party") {
    if (doc.group === "central") return "central";
    if (doc.group === "provincial") return "province";
    if (doc.group === "local") return "local";
    return /tỉnh/u.test(issuer) ? "province" : "unknown";
  }
  if (/^Luật /u.test(doc.key) || CENTRAL_STATE.test(issuer)) return "central";
  if (LOCAL.test(issuer)) return "local";
  if (PROVINCE.test(issuer)) return "province";
  if (doc.symbol && CENTRAL_STATE_CODE.test(doc.symbol)) return "central";
  return "unknown";
}

export type TableLanguage = "vi" | "en";

/** Column headings of the table, in order. */
export function authorityColumns(lang: TableLanguage): string[] {
  return lang === "vi"
    ? ["TT", "Loại văn bản", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Đoạn viện dẫn"]
    : ["No.", "Type", "Number-symbol", "Date", "Issuer", "Summary", "Cited in paragraphs"];
}

/**
 * The table as rows of cells: a heading row, then for each section its title (one cell) and its
 * rows, numbered through the whole table. A document cited by name fills the number-symbol cell
 * with its name. Paragraph numbers are 1-based, as a reader counts them.
 */
export function authorityTableCells(sections: readonly AuthoritySection[], lang: TableLanguage): string[][] {
  const cells: string[][] = [authorityColumns(lang)];
  let n = 0;
  for (const section of sections) {
    cells.push([section.title[lang]]);
    for (const row of section.rows) {
      n += 1;
      cells.push([
        String(n),
        row.type ?? "",
        row.numberSymbol ?? row.name ?? "",
        row.date ? displayDate(row.date) : "",
        row.issuer ?? "",
        row.summary ?? "",
        row.paragraphs.map((p) => p + 1).join(", "),
      ]);
    }
  }
  return cells;
}
