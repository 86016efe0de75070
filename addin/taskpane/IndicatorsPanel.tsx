import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorRecord } from "../../src/indicators/types";
import { importSource, serializeStore } from "../../src/indicators/index";
import type { Localized } from "../../src/core/types";
import { formatVietnameseNumber } from "../../src/text/numbers";
import type { TabPanelProps } from "./panelProps";
import { localize, type Translate } from "./i18n";
import { useIndicatorData } from "./state/PaneContext";
import { buildTable, listSources, matchPriorValues, tablePeriod, toTableRequest, type IndicatorRow, type SourceLabels, type SourceLine, type TableSpec } from "./indicatorTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  numeric: { textAlign: "right" },
  scroll: { overflowX: "auto" },
});

export function IndicatorsPanel({ findings, result, word, notify, fail, onDocumentChanged, ...rest }: TabPanelProps) {
  const styles = useStyles();
  const { t, language } = rest;
  // The store lives with the check (the check reads its plans); imports go through commit.
  const { organisation, setOrganisation, store, commit } = useIndicatorData();
  // A comparison table is about indicators with a prior value: those are ticked to start with.
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(result.indicators.filter((r) => r.priorValue !== null).map(rowKey)),
  );
  const [importing, setImporting] = useState<{ file: string; i: number; n: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const jsonInput = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => matchPriorValues(result.indicators, store, t("priorFromFootnote")), [result.indicators, store, t]);
  const preview = useMemo(() => {
    const chosen = rows.filter((r) => selected.has(rowKey(r.record))).map((r) => r.record);
    const period = tablePeriod(chosen);
    if (!period) return null;
    const spec: TableSpec = { period, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const table = buildTable(spec, result.indicators, store, "");
    return { request: toTableRequest(table, t("indicatorTableTitle"), spec), sources: listSources(table, sourceLabels(t)), missing: table.missingCells };
  }, [selected, rows, result.indicators, store, t]);
  // A table with empty cells is inserted only after the user has seen the warning (and the reasons under the preview).
  const [confirmingMissing, setConfirmingMissing] = useState(false);
  useEffect(() => setConfirmingMissing(false), [preview]);
  const [storedSources, setStoredSources] = useState<{ title: string; lines: SourceLine[] }[] | null>(null);

  const importFiles = async (files: readonly File[]) => {
    let current = store;
    for (const [i, file] of files.entries()) {
      setImporting({ file: file.name, i: i + 1, n: files.length });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const outcome = await importSource(current, file.name, bytes);
        current = outcome.store;
        await commit(current);
        notify({ intent: "success", lines: [t("imported", { n: outcome.added + outcome.updated, file: file.name })] });
      } catch (error) {
        fail(error instanceof Error && "localized" in error ? new Error(localize((error as { localized: Localized }).localized, language)) : error);
      }
    }
    setImporting(null);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const exportJson = () => {
    const url = URL.createObjectURL(new Blob([serializeStore(store)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `soanchuan-${organisation}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const insert = async () => {
    if (!preview) return;
    if (preview.missing > 0 && !confirmingMissing) {
      setConfirmingMissing(true);
      return;
    }
    try {
      const inserted = await word.insertTable(preview.request);
      notify({ intent: "success", lines: [inserted.refreshable ? t("tableInserted") : t("tableNoRefresh")] });
      onDocumentChanged();
    } catch (error) {
      fail(error);
    }
  };

  const refresh = async () => {
    try {
      const tables = await word.listTables();
      let refreshed = 0;
      for (const table of tables) {
        const spec = table.spec as TableSpec | null;
        if (!spec?.period || !Array.isArray(spec.indicators)) continue;
        const rebuilt = toTableRequest(buildTable(spec, result.indicators, store, ""), table.title, spec);
        if (await word.refreshTable(table.tag, rebuilt)) refreshed += 1;
      }
      notify({ intent: "success", lines: [t("tablesRefreshed", { n: refreshed })] });
      if (refreshed > 0) onDocumentChanged();
    } catch (error) {
      fail(error);
    }
  };

  /** "Show sources" for the tables already in the document: rebuilt from their stored spec. */
  const showStoredSources = async () => {
    try {
      const tables = await word.listTables();
      setStoredSources(
        tables.flatMap((table) => {
          const spec = table.spec as TableSpec | null;
          if (!spec?.period || !Array.isArray(spec.indicators)) return [];
          return [{ title: table.title, lines: listSources(buildTable(spec, result.indicators, store, ""), sourceLabels(t)) }];
        }),
      );
    } catch (error) {
      fail(error);
    }
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };

  return (
    <>
      {findings}
      <section className={styles.section} aria-labelledby="indicator-sources">
        <Subtitle2 id="indicator-sources">{t("importSources")}</Subtitle2>
        <div className={styles.bar}>
          <Field label={t("organisation")}>
            <Input value={organisation} onChange={(_, d) => setOrganisation(d.value || "default")} />
          </Field>
          <Text>{t("storeCount", { n: store.values.length })}</Text>
          <Button size="small" onClick={exportJson}>
            {t("exportStore")}
          </Button>
          <Button size="small" onClick={() => jsonInput.current?.click()}>
            {t("importStore")}
          </Button>
        </div>
        <div
          className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <Text>{t("dropHint")}</Text>
          <Button onClick={() => fileInput.current?.click()} disabled={importing !== null}>
            {t("chooseFiles")}
          </Button>
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            accept=".txt,.md,.docx,.csv,.xlsx,.json"
            aria-label={t("chooseFiles")}
            data-testid="source-input"
            onChange={(e) => void importFiles([...(e.target.files ?? [])]).finally(() => (e.target.value = ""))}
          />
          <input
            ref={jsonInput}
            type="file"
            hidden
            accept=".json"
            aria-label={t("importStore")}
            onChange={(e) => void importFiles([...(e.target.files ?? [])]).finally(() => (e.target.value = ""))}
          />
          {importing && (
            <>
              <ProgressBar value={(importing.i - 1) / importing.n} aria-label={t("importing", importing)} />
              <Text role="status">{t("importing", importing)}</Text>
            </>
          )}
        </div>
      </section>
      <section className={styles.section} aria-labelledby="indicator-rows">
        <Subtitle2 id="indicator-rows">{t("indicatorsFound", { n: rows.length })}</Subtitle2>
        {rows.length === 0 ? (
          <Text>{t("noIndicators")}</Text>
        ) : (
          <div className={styles.scroll}>
            <Table size="small" aria-labelledby="indicator-rows">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell />
                  <TableHeaderCell>{t("colIndicator")}</TableHeaderCell>
                  <TableHeaderCell>{t("colCurrent")}</TableHeaderCell>
                  <TableHeaderCell>{t("colPrior")}</TableHeaderCell>
                  <TableHeaderCell>{t("colCompare")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row, i) => (
                  <IndicatorLine key={i} row={row} checked={selected.has(rowKey(row.record))} onToggle={(on) => toggle(rowKey(row.record), on)} t={t} numeric={styles.numeric} />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      {preview && (
        <section className={styles.section} aria-labelledby="indicator-preview">
          <Subtitle2 id="indicator-preview">{t("preview")}</Subtitle2>
          <div className={styles.scroll}>
            <Table size="extra-small" aria-labelledby="indicator-preview" data-testid="table-preview">
              <TableHeader>
                {preview.request.headerRows.map((cells, r) => (
                  <TableRow key={r}>
                    {cells.map((h, c) => (
                      <TableHeaderCell key={c}>{h}</TableHeaderCell>
                    ))}
                  </TableRow>
                ))}
              </TableHeader>
              <TableBody>
                {preview.request.rows.map((cells, r) => (
                  <TableRow key={r}>
                    {cells.map((cell, c) => (
                      <TableCell key={c} className={preview.request.align?.[r]?.[c] === "Right" ? styles.numeric : undefined}>
                        {cell}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {preview.request.note && (
            <Text size={200} style={{ whiteSpace: "pre-line" }}>
              {preview.request.note}
            </Text>
          )}
          {confirmingMissing && (
            <Text size={200} weight="semibold" role="alert" data-testid="missing-values-warning">
              {localize(missingWarning(preview.missing), language)}
            </Text>
          )}
          <SourceList title={t("previewSources")} lines={preview.sources} empty={t("noSources")} testId="preview-sources" />
          <div className={styles.bar}>
            <Button appearance="primary" onClick={() => void insert()} disabled={rest.busy} data-testid="insert-indicator-table">
              {t("insertTable")}
            </Button>
            {word.capabilities.refreshableTables && (
              <Button onClick={() => void refresh()} disabled={rest.busy} data-testid="refresh-tables">
                {t("refreshTables")}
              </Button>
            )}
            {word.capabilities.refreshableTables && (
              <Button onClick={() => void showStoredSources()} disabled={rest.busy} data-testid="show-sources">
                {t("showSources")}
              </Button>
            )}
          </div>
          {storedSources?.map((table, k) => (
            <SourceList key={k} title={table.title} lines={table.lines} empty={t("noSources")} testId="stored-sources" />
          ))}
          {storedSources?.length === 0 && <Text size={200}>{t("noStoredTables")}</Text>}
        </section>
      )}
    </>
  );
}

/** Where each value of a table came from: file, paragraph or sheet row, and the text it was read from. */
function SourceList({ title, lines, empty, testId }: { title: string; lines: readonly SourceLine[]; empty: string; testId: string }) {
  return (
    <details data-testid={testId}>
      <summary>{title}</summary>
      {lines.length === 0 ? (
        <Text size={200}>{empty}</Text>
      ) : (
        <ul>
          {lines.map((line, k) => (
            <li key={k}>
              <Text size={200} weight="semibold">
                {line.indicator} — {line.column}: {line.value}
              </Text>
              <ul>
                {line.where.map((where, w) => (
                  <li key={w}>
                    <Text size={200}>{where}</Text>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function sourceLabels(t: Translate): SourceLabels {
  return { paragraph: t("sourceParagraph"), footnote: t("sourceFootnote"), row: t("sourceRow") };
}

function IndicatorLine({ row, checked, onToggle, t, numeric }: { row: IndicatorRow; checked: boolean; onToggle(on: boolean): void; t: Translate; numeric: string }) {
  const { record, prior, change } = row;
  const value = record.value === null ? t("missing") : `${formatVietnameseNumber(record.value, { maxDecimals: 3 })} ${record.unit ?? ""}`.trim();
  return (
    <TableRow>
      <TableCell>
        <Checkbox checked={checked} onChange={(_, d) => onToggle(d.checked === true)} aria-label={t("selectRow", { name: record.name })} />
      </TableCell>
      <TableCell>
        {record.name}
        {record.period ? ` (${record.period})` : ""}
      </TableCell>
      <TableCell className={numeric}>{value}</TableCell>
      <TableCell className={numeric} title={prior ? `${t("colSource")}: ${prior.source}` : undefined}>
        {prior ? formatVietnameseNumber(prior.value, { maxDecimals: 3 }) : t("missing")}
      </TableCell>
      <TableCell className={numeric}>
        {change === null ? t("missing") : `${formatVietnameseNumber(change, { maxDecimals: 2 })} %`}
        {record.changePct !== null ? ` / ${formatVietnameseNumber(record.changePct, { maxDecimals: 2 })} %` : ""}
      </TableCell>
    </TableRow>
  );
}

function missingWarning(cells: number): Localized {
  return {
    vi: `Bảng còn ${cells} ô chưa có số liệu (lý do ghi dưới bảng và sẽ được chèn kèm bảng). Bấm "Chèn bảng" lần nữa để chèn.`,
    en: `The table has ${cells} empty cell${cells === 1 ? "" : "s"} (the reasons are noted under it and inserted with it). Click "Insert table" again to insert it.`,
  };
}

/** Identifies a statement across re-checks (paragraph numbers move when a table is inserted). */
function rowKey(record: IndicatorRecord): string {
  return `${record.name}|${record.period ?? ""}|${record.value ?? ""}`;
}

