import { Button, Subtitle2, Text, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import type { Snapshot } from "../../src/document/snapshot";
import type { CitedDocument } from "../../src/citations/types";
import { documentsTable, formatDate } from "./documentsTable";
import { useGradualDrawing } from "./gradualDrawing";
import type { TabPanelProps } from "./panelProps";

/**
 * Cited documents drawn a few a frame after the tab itself (they sit below its findings): drawn
 * with it, all at once, they made opening the tab one long task.
 */
const DOCUMENTS_PER_FRAME = 10;
const moreDocuments = (drawn: number) => drawn + DOCUMENTS_PER_FRAME;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  doc: { justifyContent: "space-between", gap: tokens.spacingHorizontalS, width: "100%", textAlign: "left", height: "auto", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  mentions: { flexShrink: 0 },
});

interface Props extends TabPanelProps {
  snapshot: Snapshot;
}

export function CitationsPanel({ findings, result, snapshot, word, notify, fail, onDocumentChanged, t, busy }: Props) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical" });
  const documents = result.documents;
  const { drawn } = useGradualDrawing(documents.length, 0, moreDocuments);

  const jump = (doc: CitedDocument) => {
    const { paragraph, start, end } = doc.first;
    const text = snapshot.paragraphs[paragraph]?.text.slice(start, end) ?? "";
    void word.jump({ paragraph, start, end, text });
  };

  const insertTable = async () => {
    try {
      const inserted = await word.insertTable(documentsTable(documents, t));
      notify({ intent: "success", lines: [inserted.refreshable ? t("tableInserted") : t("tableNoRefresh")] });
      onDocumentChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      {findings}
      <section className={styles.section} aria-labelledby="cited-documents">
        <Subtitle2 id="cited-documents">{t("citedDocuments", { n: documents.length })}</Subtitle2>
        <ul className={styles.list} {...arrows} aria-busy={drawn < documents.length}>
          {documents.slice(0, drawn).map((doc) => (
            <li key={doc.key}>
              <Button appearance="subtle" className={styles.doc} onClick={() => jump(doc)} data-testid="cited-document">
                <span>
                  {[doc.type, doc.symbol, formatDate(doc.date)].filter(Boolean).join(" ")}
                  {doc.issuer ? ` — ${doc.issuer}` : ""}
                </span>
                <Text size={200} className={styles.mentions}>
                  {t("mentions", { n: doc.mentions })}
                </Text>
              </Button>
            </li>
          ))}
        </ul>
        {documents.length > 0 && (
          <Button onClick={() => void insertTable()} disabled={busy} data-testid="insert-documents-table">
            {t("insertDocumentsTable")}
          </Button>
        )}
      </section>
    </>
  );
}
