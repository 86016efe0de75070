import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Snapshot } from "../../src/document/snapshot";
import { InputError } from "../../src/document/errors";
import { checkDocument, type CheckOutput } from "../../src/engine/check";
import { PROFILE_IDS, type KindId, type Mode, type ProfileId } from "../../src/core/types";
import { fixAllEdits } from "../../src/lint/fix";
import type { Edit, Finding } from "../../src/core/types";
import { REFUSAL_MESSAGES, type Refusal, type WordGateway } from "../word/gateway";
import { CitationsPanel } from "./CitationsPanel";
import type { Notice } from "./notice";
import { FindingsPanel } from "./FindingsPanel";
import { IndicatorsPanel } from "./IndicatorsPanel";
import { localize, translator, type Language } from "./i18n";
import { documentKey, findingKey, loadIgnored, saveIgnored } from "./ignored";
import { panelOf, type PanelId } from "./rules";

const KINDS: KindId[] = ["six-month", "annual", "mid-term", "conclusion", "state-report", "other"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100%", boxSizing: "border-box" },
  options: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))", gap: tokens.spacingHorizontalS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Where the latest check stands; published on the pane's root for tests and the benchmark. */
export type CheckState = "idle" | "checking" | "done" | "error";

interface Props {
  gateway: WordGateway;
  language: Language;
}

export function App({ gateway, language }: Props) {
  const styles = useStyles();
  const t = useMemo(() => translator(language), [language]);
  const [profile, setProfile] = useState<ProfileId | "auto">("auto");
  const [kind, setKind] = useState<KindId | "auto">("auto");
  const [mode, setMode] = useState<Mode>("draft");
  const [trackChanges, setTrackChanges] = useState(false);
  const [tab, setTab] = useState<PanelId>("structure");
  const [checked, setChecked] = useState<{ snapshot: Snapshot; result: CheckOutput } | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [checkState, setCheckState] = useState<CheckState>("idle");
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ignored, setIgnored] = useState<Set<string>>(new Set());
  const caps = gateway.capabilities;

  const notify = useCallback((notice: Notice) => setNotices((list) => [...list.slice(-2), notice]), []);
  const fail = useCallback(
    (error: unknown) => {
      const message = error instanceof InputError ? localize(error.localized, language) : error instanceof Error ? error.message : String(error);
      notify({ intent: "error", title: t("errorTitle"), lines: [message] });
    },
    [language, notify, t],
  );

  const recheck = useCallback(async () => {
    try {
      setCheckState("checking");
      setProgress(t("reading"));
      const snapshot = await gateway.readSnapshot();
      setProgress(t("checking", { n: snapshot.paragraphs.length }));
      // Let the progress bar paint before the (synchronous) engine runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const result = checkDocument(snapshot, { profile, kind, mode });
      setIgnored(loadIgnored(documentKey(snapshot)));
      setChecked({ snapshot, result });
      setCheckState("done");
    } catch (error) {
      setCheckState("error");
      fail(error);
    } finally {
      setProgress(null);
    }
  }, [gateway, profile, kind, mode, t, fail]);

  useEffect(() => {
    void recheck();
  }, [recheck]);

  const visible = useMemo(
    () => (checked ? checked.result.findings.filter((f) => !ignored.has(findingKey(f, checked.snapshot))) : []),
    [checked, ignored],
  );
  const byPanel = (panel: PanelId) => visible.filter((f) => panelOf(f) === panel);

  const reportRefusals = (refused: Refusal<Edit>[]) => {
    if (refused.length === 0) return;
    notify({
      intent: "warning",
      title: t("refusedTitle"),
      lines: shortList(refused.map((r) => `${t("paragraph", { p: r.item.paragraph + 1 })} “${r.item.expected}”: ${localize(REFUSAL_MESSAGES[r.reason], language)}`)),
    });
  };

  const apply = async (edits: Edit[]) => {
    if (!checked || edits.length === 0) return;
    try {
      setProgress(t("applying"));
      const outcome = await gateway.applyEdits(edits, checked.snapshot, { trackChanges: trackChanges || undefined }); // unticked: the document's own mode
      if (outcome.done.length) notify({ intent: "success", lines: [t("fixed", { n: outcome.done.length })] });
      reportRefusals(outcome.refused);
    } catch (error) {
      fail(error);
    }
    await recheck();
  };

  const actions = {
    onJump: async (f: Finding) => {
      if (!checked) return;
      try {
        const refusal = await gateway.select({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text }, checked.snapshot);
        if (refusal) notify({ intent: "warning", lines: [localize(REFUSAL_MESSAGES[refusal], language)] });
      } catch (error) {
        fail(error);
      }
    },
    onFix: (f: Finding, suggestion: number) => void apply(f.suggestions[suggestion]?.edits ?? []),
    onFixAll: (findings: Finding[]) => void apply(fixAllEdits(findings)),
    onIgnore: (f: Finding) => {
      if (!checked) return;
      const next = new Set(ignored).add(findingKey(f, checked.snapshot));
      saveIgnored(documentKey(checked.snapshot), next);
      setIgnored(next);
    },
  };

  const addComments = async () => {
    if (!checked) return;
    try {
      const requests = visible.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, message: localize(f.message, language) }));
      const outcome = await gateway.addComments(requests, checked.snapshot);
      notify({ intent: "success", lines: [t("commentsAdded", { n: outcome.done.length })] });
      if (outcome.refused.length) {
        notify({
          intent: "warning",
          title: t("refusedTitle"),
          lines: shortList(outcome.refused.map((r) => `${t("paragraph", { p: r.item.paragraph + 1 })}: ${localize(REFUSAL_MESSAGES[r.reason], language)}`)),
        });
      }
    } catch (error) {
      fail(error);
    }
  };

  const clearIgnored = () => {
    if (!checked) return;
    saveIgnored(documentKey(checked.snapshot), new Set());
    setIgnored(new Set());
  };

  const busy = progress !== null;
  const ignoredCount = checked ? checked.result.findings.length - visible.length : 0;
  const panelProps = { language, t, busy, ...actions };

  return (
    <main
      className={styles.root}
      aria-busy={busy}
      data-testid="pane-root"
      data-check-state={checkState}
      data-findings={checkState === "done" ? visible.length : undefined}
    >
      <div className={styles.options}>
        <Field label={t("profile")}>
          <Select value={profile} onChange={(_, d) => setProfile(d.value as ProfileId | "auto")} data-testid="profile">
            <option value="auto">{t("auto")}</option>
            {PROFILE_IDS.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("kind")}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as KindId | "auto")}>
            <option value="auto">{t("auto")}</option>
            {KINDS.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("mode")}>
          <Select value={mode} onChange={(_, d) => setMode(d.value as Mode)} data-testid="mode">
            <option value="draft">{t("modeDraft")}</option>
            <option value="final">{t("modeFinal")}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => void recheck()} disabled={busy} data-testid="recheck">
          {t("recheck")}
        </Button>
        {caps.comments && (
          <Button onClick={() => void addComments()} disabled={busy || visible.length === 0} data-testid="add-comments">
            {t("addComments")}
          </Button>
        )}
        {caps.trackChanges && <Switch label={t("trackChanges")} checked={trackChanges} onChange={(_, d) => setTrackChanges(d.checked)} />}
      </div>
      {progress && <ProgressBar aria-label={progress} thickness="large" />}
      {progress && <Text role="status">{progress}</Text>}
      {notices.map((notice, i) => (
        <MessageBar key={i} intent={notice.intent} data-testid={`notice-${notice.intent}`}>
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.lines.map((line, j) => (
              <div key={j}>{line}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => setNotices((list) => list.filter((n) => n !== notice))}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {checked ? (
        <>
          <Text role="status" data-testid="summary">
            {t("summary", {
              n: visible.length,
              profile: checked.result.profile,
              kind: checked.result.kind,
              mode: checked.result.mode === "final" ? t("modeFinal") : t("modeDraft"),
            })}
          </Text>
          {ignoredCount > 0 && (
            <Button size="small" appearance="subtle" onClick={clearIgnored}>
              {t("ignoredCount", { n: ignoredCount })} · {t("showIgnored")}
            </Button>
          )}
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PanelId)} aria-label={t("tabsLabel")}>
            <Tab value="structure" data-testid="tab-structure">
              {t("tabStructure")} ({byPanel("structure").length})
            </Tab>
            <Tab value="citations" data-testid="tab-citations">
              {t("tabCitations")} ({byPanel("citations").length})
            </Tab>
            <Tab value="indicators" data-testid="tab-indicators">
              {t("tabIndicators")} ({byPanel("indicators").length})
            </Tab>
          </TabList>
          <div role="tabpanel" aria-label={t(tab === "structure" ? "tabStructure" : tab === "citations" ? "tabCitations" : "tabIndicators")}>
            {tab === "structure" && <FindingsPanel findings={byPanel("structure")} {...panelProps} />}
            {tab === "citations" && (
              <CitationsPanel findings={byPanel("citations")} result={checked.result} snapshot={checked.snapshot} gateway={gateway} notify={notify} fail={fail} onDocumentChanged={() => void recheck()} {...panelProps} />
            )}
            {tab === "indicators" && (
              <IndicatorsPanel findings={byPanel("indicators")} result={checked.result} gateway={gateway} notify={notify} fail={fail} onDocumentChanged={() => void recheck()} {...panelProps} />
            )}
          </div>
        </>
      ) : (
        !progress && <Text>{t("notChecked")}</Text>
      )}
    </main>
  );
}

/** A message bar lists a few items and counts the rest. */
function shortList(lines: string[], max = 6): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `(+${lines.length - max})`];
}
