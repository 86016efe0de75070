import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { CheckOutput } from "../../src/engine/check";
import type { Finding, Severity } from "../../src/core/types";
import type { WordGateway } from "../word/gateway";
import type { Notice } from "./notice";
import { localize, severityKey, type Language, type Translate } from "./i18n";
import { ruleName } from "./rules";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  jump: { justifyContent: "flex-start", textAlign: "left", height: "auto", minHeight: "unset", padding: `${tokens.spacingVerticalXXS} 0` },
  quote: { color: tokens.colorNeutralForeground3, fontStyle: "italic", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  ruleHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
});

export interface FindingActions {
  onJump(finding: Finding): void;
  onFix(finding: Finding, suggestion: number): void;
  onFixAll(findings: Finding[]): void;
  onIgnore(finding: Finding): void;
}

/** What the Citations and Indicators tabs receive from the pane. */
export interface TabPanelProps extends FindingActions {
  findings: readonly Finding[];
  result: CheckOutput;
  gateway: WordGateway;
  language: Language;
  t: Translate;
  busy: boolean;
  notify(notice: Notice): void;
  fail(error: unknown): void;
  /** The document changed outside a fix (a table went in): paragraph numbers must be re-read. */
  onDocumentChanged(): void;
}

interface Props extends FindingActions {
  findings: readonly Finding[];
  language: Language;
  t: Translate;
  busy: boolean;
}

/** Findings grouped by severity, then by rule, with counts; arrow keys move between findings. */
export function FindingsPanel({ findings, language, t, busy, ...actions }: Props) {
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  if (findings.length === 0) return <Text role="status">{t("noFindings")}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={present}>
      {present.map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        return (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader>
              <span>{t(severityKey(severity))}</span>&nbsp;
              <CounterBadge count={ofSeverity.length} color={BADGE_COLOR[severity]} aria-label={String(ofSeverity.length)} />
            </AccordionHeader>
            <AccordionPanel>
              {groupByRule(ofSeverity).map(([ruleId, group]) => (
                <RuleGroup key={ruleId} ruleId={ruleId} group={group} language={language} t={t} busy={busy} styles={styles} {...actions} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function RuleGroup({
  ruleId,
  group,
  language,
  t,
  busy,
  styles,
  ...actions
}: FindingActions & { ruleId: string; group: Finding[]; language: Language; t: Translate; busy: boolean; styles: ReturnType<typeof useStyles> }) {
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const fixable = group.filter((f) => f.suggestions.length > 0);
  const name = ruleName(ruleId, language);
  const headingId = `rule-${ruleId.replace(/[^\w-]/g, "_")}`;
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.ruleHeader}>
        <Text weight="semibold" id={headingId}>
          {name} ({group.length})
        </Text>
        {fixable.length > 1 && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => actions.onFixAll(fixable)} data-testid="fix-all">
            {t("fixAll", { n: fixable.length })}
          </Button>
        )}
      </div>
      <ul className={styles.list} {...arrows} aria-labelledby={headingId}>
        {group.map((finding) => (
          <li key={`${finding.paragraph}:${finding.start}:${finding.end}:${finding.ruleId}`} className={`${styles.item} ${styles[finding.severity]}`} data-testid="finding">
            <Button
              appearance="transparent"
              className={styles.jump}
              onClick={() => actions.onJump(finding)}
              aria-label={t("jumpTo", { p: finding.paragraph + 1, text: finding.text })}
              data-testid="jump"
            >
              {localize(finding.message, language)}
            </Button>
            {finding.text && (
              <Text size={200} className={styles.quote}>
                {t("paragraph", { p: finding.paragraph + 1 })}: “{finding.text}”
              </Text>
            )}
            <div className={styles.actions}>
              {finding.suggestions.map((s, i) => (
                <Button key={i} size="small" disabled={busy} onClick={() => actions.onFix(finding, i)} data-testid="fix">
                  {finding.suggestions.length > 1 ? localize(s.label, language) : `${t("fix")}: ${localize(s.label, language)}`}
                </Button>
              ))}
              <Button size="small" appearance="subtle" disabled={busy} onClick={() => actions.onIgnore(finding)} data-testid="ignore">
                {t("ignore")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function groupByRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  return [...groups];
}
