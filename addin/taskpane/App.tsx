import { useDeferredValue } from "react";
import { ProgressBar, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CitationsPanel } from "./CitationsPanel";
import { CommentsDialog } from "./CommentsDialog";
import { FindingsList } from "./FindingsPanel";
import { HouseStylePanel } from "./HouseStylePanel";
import { IndicatorsPanel } from "./IndicatorsPanel";
import { NoticeRegion } from "./NoticeRegion";
import { panelOf, type PanelId } from "./rules";
import { SetupLine } from "./SetupLine";
import { SummaryBar } from "./SummaryBar";
import { useCheck, useNotices, useText, useWord } from "./state/PaneContext";
import { useView } from "./state/view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, minHeight: "100%", boxSizing: "border-box" },
  // Three tabs with their counts fit 340 px; at a narrower pane the last one wraps instead of running past the edge.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "wrap" },
  tabCount: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  ignored: { color: tokens.colorNeutralForeground3 },
  restore: { background: "none", border: "none", padding: 0, color: tokens.colorBrandForegroundLink, cursor: "pointer", textDecoration: "underline", font: "inherit" },
});

const TAB_LABEL = { structure: "tabStructure", citations: "tabCitations", indicators: "tabIndicators" } as const;

/** Composition only: the pane's state lives in the hooks of ./state. */
export function App() {
  const styles = useStyles();
  const { language, t } = useText();
  const check = useCheck();
  const word = useWord();
  const { notify, fail } = useNotices();
  const view = useView();
  // The tab list and counts follow a click in its own task; what the tab shows (`shown`: which
  // tab, its filters) follows in the next, busy meanwhile. Together they were one long task.
  const shown = useDeferredValue(view);
  const { result } = check;
  const busy = check.progress !== null;
  const count = (panel: PanelId) => check.visible.filter((f) => panelOf(f) === panel && view.severities.has(f.severity)).length;
  const tabProps = result && {
    findings: <FindingsList panel={shown.tab} view={shown} />,
    result,
    word,
    language,
    t,
    busy,
    notify,
    fail,
    onDocumentChanged: () => void check.recheck(),
  };

  return (
    <main
      className={styles.root}
      aria-busy={busy}
      data-testid="pane-root"
      data-check-state={check.state}
      data-findings={check.state === "done" ? check.visible.length : undefined}
    >
      <SetupLine />
      <SummaryBar view={view} />
      {check.progress && (
        <>
          <ProgressBar aria-label={check.progress.label} value={check.progress.value} thickness="medium" />
          <Text role="status" size={200}>
            {check.progress.label}
          </Text>
        </>
      )}
      {check.ignoredCount > 0 && (
        <Text size={200} className={styles.ignored}>
          {t("ignoredCount", { n: check.ignoredCount })} ·{" "}
          <button type="button" className={styles.restore} onClick={check.restoreIgnored} data-testid="restore-ignored">
            {t("showIgnored")}
          </button>
        </Text>
      )}
      {view.settingsOpen ? (
        <HouseStylePanel onClose={() => view.setSettingsOpen(false)} />
      ) : tabProps ? (
        <>
          <TabList className={styles.tabs} size="small" selectedValue={view.tab} onTabSelect={(_, d) => view.setTab(d.value as PanelId)} aria-label={t("tabsLabel")}>
            {(["structure", "citations", "indicators"] as const).map((panel) => (
              <Tab key={panel} value={panel} data-testid={`tab-${panel}`}>
                {t(TAB_LABEL[panel])} <span className={styles.tabCount}>{count(panel)}</span>
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={t(TAB_LABEL[shown.tab])} aria-busy={shown !== view}>
            {shown.tab === "structure" && tabProps.findings}
            {shown.tab === "citations" && <CitationsPanel {...tabProps} snapshot={check.snapshot!} />}
            {shown.tab === "indicators" && <IndicatorsPanel {...tabProps} snapshot={check.snapshot!} />}
          </div>
        </>
      ) : (
        !busy && <Text>{t("notChecked")}</Text>
      )}
      <NoticeRegion />
      {view.commentsOpen && <CommentsDialog view={view} />}
    </main>
  );
}
