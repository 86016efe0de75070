import { Button, ToggleButton, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { countBySeverity, SEVERITIES } from "./findingsModel";
import { SEVERITY_COLOR } from "./FindingsPanel";
import { countKey } from "./i18n";
import { SeverityIcon } from "./SeverityIcon";
import { useCheck, useText, useWord } from "./state/PaneContext";
import type { View } from "./state/view";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, marginLeft: "auto" },
  count: { minWidth: "unset", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  // A filter that is off looks off: no border, dimmed text.
  off: { color: tokens.colorNeutralForeground3 },
});

/** Counts by severity that are also the filter (errors and warnings on at first), and the pane's actions. */
export function SummaryBar({ view }: { view: View }) {
  const styles = useStyles();
  const { t } = useText();
  const check = useCheck();
  const word = useWord();
  const counts = countBySeverity(check.visible);
  const busy = check.progress !== null;
  return (
    <div className={styles.bar}>
      <div className={styles.counts} role="group" aria-label={t("filterLabel")} data-testid="summary">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            className={mergeClasses(styles.count, !view.severities.has(s) && styles.off)}
            appearance={view.severities.has(s) ? "outline" : "subtle"}
            checked={view.severities.has(s)}
            onClick={() => view.toggleSeverity(s)}
            icon={
              <span style={{ color: SEVERITY_COLOR[s], display: "inline-flex" }}>
                <SeverityIcon severity={s} />
              </span>
            }
            data-testid={`count-${s}`}
            data-count={counts[s]}
          >
            {t(countKey(s), { n: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={() => void check.recheck()} disabled={busy} data-testid="recheck">
          {t("recheck")}
        </Button>
        {word.capabilities.comments && (
          <Button size="small" onClick={() => view.setCommentsOpen(true)} disabled={busy || !check.result} data-testid="comments">
            {t("comments")}
          </Button>
        )}
        <Tooltip content={t("houseStyle")} relationship="label">
          <ToggleButton
            size="small"
            checked={view.settingsOpen}
            onClick={() => view.setSettingsOpen(!view.settingsOpen)}
            icon={<span aria-hidden>⚙</span>}
            data-testid="house-style"
          />
        </Tooltip>
      </div>
    </div>
  );
}
