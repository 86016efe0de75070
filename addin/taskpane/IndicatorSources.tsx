import { useRef, useState, type DragEvent } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorRecord } from "../../src/indicators/types";
import {
  importSource,
  resolveConflict,
  SCALE_LIMIT,
  serializeStore,
  type ImportOptions,
  type ImportOutcome,
  type ImportQuestions,
  type StoredValue,
  type ValueConflict,
} from "../../src/indicators/index";
import { formatVietnameseNumber } from "../../src/text/numbers";
import type { Translate } from "./i18n";
import type { Notice } from "./state/notices";
import { useIndicatorData } from "./state/PaneContext";

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
  // Two values side by side; on a narrow pane they wrap one under the other.
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  t: Translate;
  /** The report being written: imported figures are compared with its statements before matching. */
  indicators: readonly IndicatorRecord[];
  notify(notice: Omit<Notice, "id">): void;
  fail(error: unknown): void;
}

/** Files waiting on the user's answer: the first raised the questions, the rest follow it. */
interface Pending {
  files: File[];
  questions: ImportQuestions;
}

/**
 * Where prior-period data comes in: the organisation it belongs to, the files, the questions an
 * import asks before matching (another organisation, a value far off in scale) and the values
 * two sources disagree on, side by side for the user to pick.
 */
export function IndicatorSources({ t, indicators, notify, fail }: Props) {
  const styles = useStyles();
  const { organisation, organisationFrom, setOrganisation, store, commit } = useIndicatorData();
  const [importing, setImporting] = useState<{ file: string; i: number; n: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const jsonInput = useRef<HTMLInputElement>(null);

  /** Imports `files` in order; stops at the first that needs an answer (`answer` is for that first file). */
  const importFiles = async (files: readonly File[], answer?: ImportOptions["confirm"]) => {
    setPending(null);
    let current = store;
    for (const [i, file] of files.entries()) {
      setImporting({ file: file.name, i: i + 1, n: files.length });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const outcome = await importSource(current, file.name, bytes, {
          organisation: organisationFrom === "settings" && organisation === "default" ? null : organisation,
          current: indicators,
          confirm: i === 0 ? answer : undefined,
        });
        if (outcome.questions) {
          setPending({ files: files.slice(i), questions: outcome.questions });
          break;
        }
        current = outcome.store;
        await commit(current);
        notify({ intent: outcome.conflicts.length > 0 ? "warning" : "success", lines: [importSummary(t, file.name, outcome)] });
      } catch (error) {
        fail(error);
      }
    }
    setImporting(null);
  };

  const pick = async (conflict: ValueConflict, keep: "stored" | "incoming") => {
    try {
      await commit(resolveConflict(store, conflict, keep));
    } catch (error) {
      fail(error);
    }
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

  const conflicts = store.conflicts ?? [];
  const fromFiles = (e: { target: HTMLInputElement }) => void importFiles([...(e.target.files ?? [])]).finally(() => (e.target.value = ""));

  return (
    <>
      <section className={styles.section} aria-labelledby="indicator-sources">
        <Subtitle2 id="indicator-sources">{t("importSources")}</Subtitle2>
        <Field label={t("organisation")} hint={t(organisationFrom === "issuer" ? "organisationFromIssuer" : organisationFrom === "user" ? "organisationFromUser" : "organisationFromSettings")}>
          <Input
            value={typed ?? organisation}
            onChange={(_, d) => setTyped(d.value)}
            // The store follows the name once it is typed, not at every keystroke.
            onBlur={() => {
              if (typed !== null) setOrganisation(typed);
              setTyped(null);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") e.currentTarget.blur();
            }}
            data-testid="data-organisation"
          />
        </Field>
        <div className={styles.bar}>
          <Text data-testid="store-count">{t("storeCount", { n: store.values.length })}</Text>
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
          <Button onClick={() => fileInput.current?.click()} disabled={importing !== null || pending !== null}>
            {t("chooseFiles")}
          </Button>
          <input ref={fileInput} type="file" multiple hidden accept=".txt,.md,.docx,.csv,.xlsx,.json" aria-label={t("chooseFiles")} data-testid="source-input" onChange={fromFiles} />
          <input ref={jsonInput} type="file" hidden accept=".json" aria-label={t("importStore")} onChange={fromFiles} />
          {importing && (
            <>
              <ProgressBar value={(importing.i - 1) / importing.n} aria-label={t("importing", importing)} />
              <Text role="status">{t("importing", importing)}</Text>
            </>
          )}
        </div>
        {pending && (
          <ImportQuestion
            t={t}
            file={pending.files[0].name}
            questions={pending.questions}
            onAnswer={(answer) => void importFiles(pending.files, answer)}
            onSkip={() => void importFiles(pending.files.slice(1))}
          />
        )}
      </section>
      {conflicts.length > 0 && (
        <section className={styles.section} aria-labelledby="indicator-conflicts" data-testid="data-conflicts">
          <Subtitle2 id="indicator-conflicts">{t("conflictsTitle", { n: conflicts.length })}</Subtitle2>
          <Text size={200}>{t("conflictsHint")}</Text>
          {conflicts.map((conflict, k) => (
            <div key={k} role="group" aria-label={`${conflict.stored.name} — ${conflict.stored.period}`} data-testid="data-conflict">
              <Text weight="semibold">
                {conflict.stored.name} — {conflict.stored.period} ({t(conflict.stored.kind === "plan" ? "kindPlan" : "kindActual")})
              </Text>
              <div className={styles.pair}>
                {(["stored", "incoming"] as const).map((side) => (
                  <div key={side} className={styles.choice}>
                    <Text weight="semibold">{figure(conflict[side])}</Text>
                    <Text size={200}>{where(t, conflict[side])}</Text>
                    <Button size="small" onClick={() => void pick(conflict, side)} data-testid={`pick-${side}`}>
                      {t("useThisValue")}
                    </Button>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </section>
      )}
    </>
  );
}

/** The confirmation step: nothing of the file is matched until the user answers. */
function ImportQuestion({ t, file, questions, onAnswer, onSkip }: { t: Translate; file: string; questions: ImportQuestions; onAnswer(answer: ImportOptions["confirm"]): void; onSkip(): void }) {
  const styles = useStyles();
  const scale = questions.scale;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="import-question">
      <MessageBarBody>
        <MessageBarTitle>{t("confirmImportTitle", { file })}</MessageBarTitle>
        {questions.organisation && <Text block>{t("confirmOrganisation", { source: questions.organisation.source, store: questions.organisation.store })}</Text>}
        {scale.length > 0 && (
          <>
            <Text block>{t("confirmScale", { n: scale.length, limit: SCALE_LIMIT })}</Text>
            <ul className={styles.list}>
              {scale.map((q, k) => (
                <li key={k}>
                  <Text size={200}>
                    {q.value.name} ({q.value.period}): {figure(q.value)} ↔ {formatVietnameseNumber(q.matched.value, { maxDecimals: 3 })}
                    {q.matched.unit ? ` ${q.matched.unit}` : ""} — ×{formatVietnameseNumber(q.ratio, { decimals: 1 })}
                  </Text>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className={styles.bar}>
          <Button size="small" appearance="primary" onClick={() => onAnswer({ organisation: true, scale: "import" })} data-testid="import-anyway">
            {t("importAnyway")}
          </Button>
          {scale.length > 0 && (
            <Button size="small" onClick={() => onAnswer({ organisation: true, scale: "skip" })} data-testid="import-skip-scale">
              {t("importWithoutOdd")}
            </Button>
          )}
          <Button size="small" onClick={onSkip} data-testid="import-cancel">
            {t("doNotImport")}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

function figure(v: StoredValue): string {
  return `${formatVietnameseNumber(v.value, { maxDecimals: 3 })}${v.unit ? ` ${v.unit}` : ""}`;
}

function where(t: Translate, v: StoredValue): string {
  const place = [
    v.source.file,
    v.source.sheet || null,
    v.source.row !== undefined ? `${t("sourceRow")} ${v.source.row}` : null,
    v.source.paragraph !== undefined ? `${t("sourceParagraph")} ${v.source.paragraph + 1}` : null,
  ].filter((part): part is string => part !== null && part !== "");
  return place.join(", ");
}

function importSummary(t: Translate, file: string, outcome: ImportOutcome): string {
  const counts = { file, added: outcome.added, updated: outcome.updated, conflicts: outcome.conflicts.length, unchanged: outcome.unchanged };
  return outcome.skipped > 0 ? `${t("importedCounts", counts)} ${t("importedSkipped", { n: outcome.skipped })}` : t("importedCounts", counts);
}
