import { Button, Subtitle2, Text, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import type { Snapshot } from "../../src/document/snapshot";
import type { CitedDocument } from "../../src/citations/types";
import { FindingsPanel, type TabPanelProps } from "./FindingsPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  doc: { justifyContent: "space-between", width: "100%", textAlign: "left", height: "auto" },
});

interface Props extends TabPanelProps {
  snapshot: Snapshot;
}

export function CitationsPanel({ result, snapshot, gateway, notify, fail, onDocumentChanged, ...rest }: Props) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical" });
  const { t } = rest;
  const documents = result.documents;

  const jump = (doc: CitedDocument) => {
    const { paragraph, start, end } = doc.first;
    const text = snapshot.paragraphs[paragraph]?.text.slice(start, end) ?? "";
    void gateway.select({ paragraph, start, end, text }, snapshot).catch(fail);
  };

  const insertTable = async () => {
    try {
      const inserted = await gateway.insertTable({
        title: t("documentsTableTitle"),
        headerRows: [[t("colNo"), t("colDocument"), t("colSymbol"), t("colDate"), t("colIssuer"), t("colMentions")]],
        rows: documents.map((d, i) => [String(i + 1), d.type ?? "", d.symbol ?? "", formatDate(d.date), d.issuer ?? "", String(d.mentions)]),
        align: documents.map(() => ["Centered", "Left", "Left", "Left", "Left", "Right"]),
      });
      notify({ intent: "success", lines: [inserted.refreshable ? t("tableInserted") : t("tableNoRefresh")] });
      onDocumentChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <FindingsPanel {...rest} />
      <section className={styles.section} aria-labelledby="cited-documents">
        <Subtitle2 id="cited-documents">{t("citedDocuments", { n: documents.length })}</Subtitle2>
        <ul className={styles.list} {...arrows}>
          {documents.map((doc) => (
            <li key={doc.key}>
              <Button appearance="subtle" className={styles.doc} onClick={() => jump(doc)} data-testid="cited-document">
                <span>
                  {[doc.type, doc.symbol, formatDate(doc.date)].filter(Boolean).join(" ")}
                  {doc.issuer ? ` — ${doc.issuer}` : ""}
                </span>
                <Text size={200}>{t("mentions", { n: doc.mentions })}</Text>
              </Button>
            </li>
          ))}
        </ul>
        {documents.length > 0 && (
          <Button onClick={() => void insertTable()} disabled={rest.busy} data-testid="insert-documents-table">
            {t("insertDocumentsTable")}
          </Button>
        )}
      </section>
    </>
  );
}

function formatDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}
