import type { CitedDocument } from "../../src/citations/types";
import type { TableRequest } from "../word/gateway";
import type { Translate } from "./i18n";

/** The table of cited documents as it goes into Word (tagged as the add-in's, so checks skip it). */
export function documentsTable(documents: readonly CitedDocument[], t: Translate): TableRequest {
  return {
    title: t("documentsTableTitle"),
    headerRows: [[t("colNo"), t("colDocument"), t("colSymbol"), t("colDate"), t("colIssuer"), t("colMentions")]],
    rows: documents.map((d, i) => [String(i + 1), d.type ?? "", d.symbol ?? "", formatDate(d.date), d.issuer ?? "", String(d.mentions)]),
    align: documents.map(() => ["Centered", "Left", "Left", "Left", "Left", "Right"]),
  };
}

export function formatDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}
