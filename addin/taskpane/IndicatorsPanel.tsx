import { useEffect, useMemo, useState } from "react";
import { Button, Checkbox, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Snapshot } from "../../src/document/snapshot";
import type { IndicatorRecord } from "../../src/indicators/types";
import type { IndicatorTable } from "../../src/indicators/index";
import type { Localized } from "../../src/core/types";
import { formatVietnameseNumber } from "../../src/text/numbers";
import type { TabPanelProps } from "./panelProps";
import { localize, type Language, type Translate } from "./i18n";
import { IndicatorSources } from "./IndicatorSources";
import { useIndicatorData } from "./state/PaneContext";
import type { WordActions } from "./state/wordActions";
import { buildTable, listSources, matchPriorValues, previewText, tablePeriod, toTableRequest, type IndicatorRow, type SourceLabels, type SourceLine, type TableSpec } from "./indicatorTable";

// A task pane is 320–350 px wide: rows are cards (one per indicator), never a table to scroll sideways.
const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { textAlign: "right", margin: 0, fontVariantNumeric: "tabular-nums" },
  reason: { gridColumn: "1 / -1", color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  sourceLink: { textAlign: "left", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

interface Props extends TabPanelProps {
  snapshot: Snapshot;
}

/** The report's own values: the comparison table names it "" and its sources are places in it. */
const CURRENT_FILE = "";

export function IndicatorsPanel({ findings, result, snapshot, word, notify, fail, onDocumentChanged, ...rest }: Props) {
  const styles = useStyles();
  const { t, language } = rest;
  // The store lives with the check (the check reads its plans); imports go through IndicatorSources.
  const { store } = useIndicatorData();
  // A comparison table is about indicators with a prior value: those are ticked to start with.
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(result.indicators.filter((r) => r.priorValue !== null).map(rowKey)),
  );
  const rows = useMemo(() => matchPriorValues(result.indicators, store, t("priorFromFootnote")), [result.indicators, store, t]);
  const preview = useMemo(() => {
    const chosen = rows.filter((r) => selected.has(rowKey(r.record))).map((r) => r.record);
    const period = tablePeriod(chosen);
    if (!period) return null;
    const spec: TableSpec = { period, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const table = buildTable(spec, result.indicators, store, CURRENT_FILE);
    const request = toTableRequest(table, t("indicatorTableTitle"), spec);
    return { table, request, shown: previewText(table, request, language), sources: listSources(table, sourceLabels(t), { file: CURRENT_FILE, snapshot }), missing: table.missingCells };
  }, [selected, rows, result.indicators, store, t, snapshot, language]);
  // A table with empty cells is inserted only after the user has seen the warning (and the reasons under the preview).
  const [confirmingMissing, setConfirmingMissing] = useState(false);
  useEffect(() => setConfirmingMissing(false), [preview]);
  const [storedSources, setStoredSources] = useState<{ title: string; lines: SourceLine[] }[] | null>(null);

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

  // Refresh first shows the rebuilt tables; nothing changes in the document until the user confirms what they saw.
  const [refreshPlan, setRefreshPlan] = useState<{ tag: string; title: string; table: IndicatorTable; spec: TableSpec }[] | null>(null);
  useEffect(() => setRefreshPlan(null), [store, result.indicators]);
  const planRefresh = async () => {
    try {
      const tables = await word.listTables();
      setRefreshPlan(
        tables.flatMap((table) => {
          const spec = table.spec as TableSpec | null;
          if (!spec?.period || !Array.isArray(spec.indicators)) return [];
          return [{ tag: table.tag, title: table.title, spec, table: buildTable(spec, result.indicators, store, CURRENT_FILE) }];
        }),
      );
    } catch (error) {
      fail(error);
    }
  };
  const refresh = async () => {
    if (!refreshPlan) return;
    try {
      let refreshed = 0;
      for (const planned of refreshPlan) {
        if (await word.refreshTable(planned.tag, toTableRequest(planned.table, planned.title, planned.spec))) refreshed += 1;
      }
      setRefreshPlan(null);
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
          return [{ title: table.title, lines: listSources(buildTable(spec, result.indicators, store, CURRENT_FILE), sourceLabels(t), { file: CURRENT_FILE, snapshot }) }];
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
      <IndicatorSources t={t} indicators={result.indicators} notify={notify} fail={fail} />
      <section className={styles.section} aria-labelledby="indicator-rows">
        <Subtitle2 id="indicator-rows">{t("indicatorsFound", { n: rows.length })}</Subtitle2>
        {rows.length === 0 ? (
          <Text>{t("noIndicators")}</Text>
        ) : (
          <ul className={styles.cards} aria-labelledby="indicator-rows">
            {rows.map((row, i) => (
              <IndicatorLine key={i} row={row} checked={selected.has(rowKey(row.record))} onToggle={(on) => toggle(rowKey(row.record), on)} t={t} />
            ))}
          </ul>
        )}
      </section>
      {preview && (
        <section className={styles.section} aria-labelledby="indicator-preview">
          <Subtitle2 id="indicator-preview">{t("preview")}</Subtitle2>
          <Text size={200}>{t("previewPeriods", { period: preview.table.period, prior: preview.table.priorPeriod })}</Text>
          <PreviewCards table={preview.table} titles={preview.shown.headerRows[0] ?? []} language={language} />
          {preview.shown.notes && (
            <Text size={200} style={{ whiteSpace: "pre-line" }} data-testid="preview-notes">
              {preview.shown.notes}
            </Text>
          )}
          {language === "en" && <Text size={200}>{t("previewInVietnamese")}</Text>}
          {confirmingMissing && (
            <Text size={200} weight="semibold" role="alert" data-testid="missing-values-warning">
              {localize(missingWarning(preview.missing), language)}
            </Text>
          )}
          <SourceList title={t("previewSources")} lines={preview.sources} empty={t("noSources")} testId="preview-sources" word={word} t={t} />
          <div className={styles.bar}>
            <Button appearance="primary" onClick={() => void insert()} disabled={rest.busy} data-testid="insert-indicator-table">
              {t("insertTable")}
            </Button>
            {word.capabilities.refreshableTables && (
              <Button onClick={() => void planRefresh()} disabled={rest.busy} data-testid="refresh-tables">
                {t("refreshTables")}
              </Button>
            )}
            {word.capabilities.refreshableTables && (
              <Button onClick={() => void showStoredSources()} disabled={rest.busy} data-testid="show-sources">
                {t("showSources")}
              </Button>
            )}
          </div>
          {refreshPlan && (
            <section className={styles.section} aria-label={t("refreshPreview")} data-testid="refresh-preview">
              <Text weight="semibold">{refreshPlan.length === 0 ? t("noStoredTables") : t("refreshPreview")}</Text>
              {refreshPlan.map((planned, k) => (
                <div key={k}>
                  <Text>{planned.title}</Text>
                  <PreviewCards table={planned.table} titles={previewText(planned.table, toTableRequest(planned.table, planned.title, planned.spec), language).headerRows[0] ?? []} language={language} />
                </div>
              ))}
              <div className={styles.bar}>
                {refreshPlan.length > 0 && (
                  <Button appearance="primary" onClick={() => void refresh()} disabled={rest.busy} data-testid="confirm-refresh">
                    {t("confirmRefresh", { n: refreshPlan.length })}
                  </Button>
                )}
                <Button onClick={() => setRefreshPlan(null)}>{t("cancel")}</Button>
              </div>
            </section>
          )}
          {storedSources?.map((table, k) => (
            <SourceList key={k} title={table.title} lines={table.lines} empty={t("noSources")} testId="stored-sources" word={word} t={t} />
          ))}
          {storedSources?.length === 0 && <Text size={200}>{t("noStoredTables")}</Text>}
        </section>
      )}
    </>
  );
}

/**
 * Where each value of a table came from: file, paragraph or sheet row, and the text it was read
 * from; a source in this document is a link that selects it there.
 */
function SourceList({ title, lines, empty, testId, word, t }: { title: string; lines: readonly SourceLine[]; empty: string; testId: string; word: WordActions; t: Translate }) {
  const styles = useStyles();
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
                    {where.place ? (
                      <Link
                        as="button"
                        className={styles.sourceLink}
                        onClick={() => void word.jump(where.place!)}
                        aria-label={t("jumpSource", { what: `${line.indicator} — ${line.column}: ${line.value}`, source: where.text })}
                        data-testid="source-jump"
                      >
                        {where.text}
                      </Link>
                    ) : (
                      <Text size={200}>{where.text}</Text>
                    )}
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

function IndicatorLine({ row, checked, onToggle, t }: { row: IndicatorRow; checked: boolean; onToggle(on: boolean): void; t: Translate }) {
  const styles = useStyles();
  const { record, prior, change } = row;
  const number = (n: number, decimals = 3) => formatVietnameseNumber(n, { maxDecimals: decimals });
  const value = record.value === null ? t("missing") : `${number(record.value)} ${record.unit ?? ""}`.trim();
  const stated = record.changePct !== null ? ` (${t("statedChange")} ${number(record.changePct, 2)} %)` : "";
  return (
    <li className={styles.card} data-testid="indicator-row">
      <Checkbox
        checked={checked}
        onChange={(_, d) => onToggle(d.checked === true)}
        aria-label={t("selectRow", { name: record.name })}
        label={`${record.name}${record.period ? ` (${record.period})` : ""}`}
      />
      <dl className={styles.figures}>
        <dt className={styles.label}>{t("colCurrent")}</dt>
        <dd className={styles.value}>{value}</dd>
        <dt className={styles.label}>{t("colPrior")}</dt>
        <dd className={styles.value} title={prior ? `${t("colSource")}: ${prior.source}` : undefined}>
          {prior ? number(prior.value) : t("missing")}
        </dd>
        <dt className={styles.label}>{t("colCompare")}</dt>
        <dd className={styles.value}>{(change === null ? t("missing") : `${number(change, 2)} %`) + stated}</dd>
      </dl>
    </li>
  );
}

/** The table as it will be inserted, one card per row: every figure under its column's title, and why a cell is empty. */
function PreviewCards({ table, titles, language }: { table: IndicatorTable; titles: readonly string[]; language: Language }) {
  const styles = useStyles();
  return (
    <ol className={styles.cards} data-testid="table-preview">
      {table.rows.map((row, r) => (
        <li key={r} className={styles.card} data-testid="preview-row">
          <Text weight="semibold">
            {row[0].text}. {row[1].text}
            {row[2].missing ? "" : ` (${row[2].text})`}
          </Text>
          <dl className={styles.figures}>
            {row.slice(3).map((cell, c) => (
              <div key={c} style={{ display: "contents" }} data-missing={cell.missing ? "true" : undefined}>
                <dt className={styles.label}>{titles[c + 3]}</dt>
                <dd className={styles.value}>{cell.text}</dd>
                {cell.missing && cell.reason && c !== 2 && <dd className={styles.reason} data-testid="missing-reason">{localize(cell.reason, language)}</dd>}
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
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

