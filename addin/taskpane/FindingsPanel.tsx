import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { fixAllEdits } from "../../src/lint/fix";
import type { Finding, Severity } from "../../src/core/types";
import { buildCards, countByCategory, placeLabel, sameCard, type Card, type PlaceLabel } from "./findingsModel";
import { useGradualDrawing } from "./gradualDrawing";
import { localize, severityKey, type Translate } from "./i18n";
import { categoryOf, defaultSeverity, panelOfCategory, ruleTitle, DISPLAY_CATEGORIES, type PanelId } from "./rules";
import { SeverityIcon } from "./SeverityIcon";
import { useCheck, useChecked, useFindingActions, useHouseStyle, useText, useWord } from "./state/PaneContext";
import { withLevel } from "./state/houseStyle";
import type { View } from "./state/view";

/** Cards drawn at first; the rest one click away, so a long list never stalls the pane. */
const FIRST_CARDS = 20;
/** The first card alone, then a few a frame: laying out twenty cards at once is one long task. */
const CARDS_PER_FRAME = 2;
const moreCards = (drawn: number) => drawn + CARDS_PER_FRAME;

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
    // Cards below the pane's fold skip layout and paint until scrolled to: the first cards appear sooner.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 120px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    "@media (forced-colors: active)": { border: "1px solid CanvasText", borderLeftWidth: "4px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1, minWidth: 0 },
  message: { color: tokens.colorNeutralForeground2 },
  place: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minHeight: "unset",
    minWidth: 0,
    maxWidth: "100%",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
  },
  path: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  related: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

interface Props {
  panel: PanelId;
  view: View;
}

/**
 * The findings of one tab as cards, most serious first; one card per grouped rule. After Fix or
 * Ignore, focus goes to the card that took the acted-on card's place. Drawn again only when its
 * tab, its filters or the check change (not when the tab list follows a click).
 */
export const FindingsList = memo(function FindingsList({ panel, view }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const check = useCheck();
  const [shown, setShown] = useState(FIRST_CARDS);
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);

  const ofPanel = useMemo(() => check.visible.filter((f) => panelOfCategory(categoryOf(f.ruleId)) === panel), [check.visible, panel]);
  const bySeverity = useMemo(() => ofPanel.filter((f) => view.severities.has(f.severity)), [ofPanel, view.severities]);
  const categories = useMemo(() => countByCategory(bySeverity), [bySeverity]);
  const present = DISPLAY_CATEGORIES.filter((c) => panelOfCategory(c) === panel && categories[c] > 0);
  const shownFindings = view.category ? bySeverity.filter((f) => categoryOf(f.ruleId) === view.category) : bySeverity;
  const cards = useMemo(() => buildCards(shownFindings), [shownFindings]);
  const hiddenReminders = ofPanel.length - bySeverity.length;
  const listed = Math.min(shown, cards.length);
  const { drawn } = useGradualDrawing(listed, 1, moreCards);
  const busy = check.progress !== null;

  // In the commit that took the acted-on card away: focus is never left on the page's body.
  useLayoutEffect(() => {
    if (focusAt.current === null || check.state !== "done" || busy) return;
    const drawnCards = list.current?.children;
    const target = drawnCards?.[Math.min(focusAt.current, drawnCards.length - 1)];
    focusAt.current = null;
    if (target instanceof HTMLElement) target.focus();
  }, [cards, check.state, busy]);

  // One function for every card (by its element, not its index), so a card is not drawn again when those above it go.
  const acted = useCallback((card: HTMLLIElement) => {
    focusAt.current = list.current ? Array.prototype.indexOf.call(list.current.children, card) : null;
  }, []);

  return (
    <>
      {present.length > 1 && (
        <div className={styles.chips} role="group" aria-label={t("categoryFilter")}>
          <Button size="small" shape="circular" appearance={view.category === null ? "primary" : "outline"} aria-pressed={view.category === null} onClick={() => view.setCategory(null)}>
            {t("allCategories")} {bySeverity.length}
          </Button>
          {present.map((c) => (
            <Button
              key={c}
              size="small"
              shape="circular"
              appearance={view.category === c ? "primary" : "outline"}
              aria-pressed={view.category === c}
              onClick={() => view.setCategory(view.category === c ? null : c)}
              data-testid={`category-${c}`}
            >
              {t(`category_${c}`)} {categories[c]}
            </Button>
          ))}
        </div>
      )}
      {cards.length === 0 ? (
        <Text role="status">{t("noFindings")}</Text>
      ) : (
        <ul ref={list} className={styles.list} aria-busy={drawn < listed} data-testid="findings">
          {cards.slice(0, Math.min(listed, drawn)).map((card) => (
            <FindingCard key={card.key} card={card} busy={busy} onActed={acted} />
          ))}
        </ul>
      )}
      {cards.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + FIRST_CARDS)} data-testid="more-cards">
          {t("moreCards", { n: cards.length - shown })}
        </Button>
      )}
      {hiddenReminders > 0 && !view.severities.has("info") && (
        <Text size={200} className={styles.path}>
          {t("hiddenBySeverity", { n: hiddenReminders, label: t("count_info", { n: hiddenReminders }) })}
        </Text>
      )}
    </>
  );
});

interface CardProps {
  card: Card;
  /** A fix is being applied or the document checked: the card's actions wait. */
  busy: boolean;
  /** Called with the card before Fix, Ignore or switching the rule off: focus will move on from it. */
  onActed(card: HTMLLIElement): void;
}

/** Cards are built anew whenever the findings change: one showing the same findings is not drawn again. */
const FindingCard = memo(FindingCardContent, (before, after) => sameCard(before.card, after.card) && before.busy === after.busy && before.onActed === after.onActed);

function FindingCardContent({ card, busy, onActed: onActedWith }: CardProps) {
  const styles = useStyles();
  const { language, t } = useText();
  const { notify, ignore, apply } = useFindingActions();
  const house = useHouseStyle();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const self = useRef<HTMLLIElement>(null);
  const onActed = () => {
    if (self.current) onActedWith(self.current);
  };
  const title = ruleTitle(card.ruleId, language);
  const first = card.findings[0]!;
  // Fix-all takes only the fixes a rule marks safe; the others stay one click each.
  const fixable = card.findings.filter((f) => f.fix === "safe" && f.suggestions.length > 0);

  const disableRule = () => {
    const previous = house.style.rules[card.ruleId];
    house.update((s) => ({ ...s, rules: withLevel(s.rules, card.ruleId, "off", defaultSeverity(card.ruleId)) }));
    onActed();
    notify({
      intent: "info",
      lines: [t("ruleDisabled", { rule: title })],
      action: {
        label: t("undo"),
        run: () =>
          house.update((s) => {
            const rules = { ...s.rules };
            if (previous === undefined) delete rules[card.ruleId];
            else rules[card.ruleId] = previous;
            return { ...s, rules };
          }),
      },
    });
  };
  const ignoreAll = () => {
    onActed();
    ignore(...card.findings);
    notify({ intent: "success", lines: [t("ignored")] });
  };
  const fix = (f: Finding, s: number) => {
    onActed();
    void apply(f.suggestions[s]?.edits ?? []);
  };

  return (
    <li
      ref={self}
      tabIndex={-1}
      className={mergeClasses(styles.card, styles[card.severity])}
      aria-labelledby={titleId}
      data-testid="finding"
      data-rule={card.ruleId}
      data-severity={card.severity}
      data-grouped={card.grouped || undefined}
    >
      <div className={styles.head}>
        <span style={{ color: SEVERITY_COLOR[card.severity], paddingTop: 2 }}>
          <SeverityIcon severity={card.severity} label={t(severityKey(card.severity))} />
        </span>
        <Text weight="semibold" className={styles.title} id={titleId} data-testid="card-title">
          {title}
          {card.grouped ? ` · ${t("places", { n: card.findings.length })}` : ""}
        </Text>
      </div>
      {card.grouped ? (
        <>
          <div className={styles.actions}>
            {fixable.length > 0 && (
              <Button size="small" appearance="primary" disabled={busy} onClick={() => (onActed(), void apply(fixAllEdits(fixable)))} data-testid="fix-all">
                {t("fixAll", { n: fixable.length })}
              </Button>
            )}
            <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="expand">
              {open ? t("hidePlaces") : t("showPlaces", { n: card.findings.length })}
            </Button>
            <Button size="small" appearance="subtle" disabled={busy} onClick={ignoreAll} data-testid="ignore">
              {t("ignore")}
            </Button>
            <Button size="small" appearance="subtle" onClick={disableRule} data-testid="disable-rule">
              {t("disableRule")}
            </Button>
            <RuleLink finding={first} />
          </div>
          {open && (
            <ul className={styles.places} data-testid="places">
              {card.findings.map((f) => (
                <li key={`${f.paragraph}:${f.start}`} data-testid="place">
                  <Text size={200} className={styles.message}>
                    {localize(f.message, language)}
                  </Text>
                  <PlaceButton finding={f} message={localize(f.message, language)} />
                  <div className={styles.actions}>
                    <FixButtons finding={f} busy={busy} onFix={fix} t={t} language={language} />
                    <Button size="small" appearance="subtle" disabled={busy} onClick={() => (onActed(), ignore(f))} data-testid="ignore-one">
                      {t("ignore")}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <Text size={200} className={styles.message} data-testid="message">
            {localize(first.message, language)}
          </Text>
          <PlaceButton finding={first} message={localize(first.message, language)} />
          {first.related && first.related.length > 0 && <RelatedPlaces finding={first} />}
          <div className={styles.actions}>
            <FixButtons finding={first} busy={busy} onFix={fix} t={t} language={language} />
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => (onActed(), ignore(first), notify({ intent: "success", lines: [t("ignored")] }))} data-testid="ignore">
              {t("ignore")}
            </Button>
            <Button size="small" appearance="subtle" onClick={disableRule} data-testid="disable-rule">
              {t("disableRule")}
            </Button>
            <RuleLink finding={first} />
          </div>
        </>
      )}
    </li>
  );
}

function FixButtons({ finding, busy, onFix, t, language }: { finding: Finding; busy: boolean; onFix(f: Finding, s: number): void; t: Translate; language: "vi" | "en" }) {
  return (
    <>
      {finding.suggestions.map((s, i) => (
        <Button key={i} size="small" appearance="primary" disabled={busy} onClick={() => onFix(finding, i)} data-testid="fix">
          {finding.suggestions.length > 1 ? localize(s.label, language) : `${t("fix")}: ${localize(s.label, language)}`}
        </Button>
      ))}
    </>
  );
}

/** "Xem quy tắc": the rule's docs page, once findings carry its address. */
function RuleLink({ finding }: { finding: Finding }) {
  const { t } = useText();
  const url = finding.url;
  if (!url) return null;
  return (
    <Link href={url} target="_blank" rel="noreferrer" data-testid="rule-docs">
      {t("ruleDocs")}
    </Link>
  );
}

function usePlace(place: { paragraph: number; start: number; end: number }): PlaceLabel | null {
  const { t } = useText();
  const { snapshot, result } = useChecked();
  if (!snapshot || !result) return null;
  return placeLabel(snapshot, result.outline, place, {
    header: t("headerPart"),
    footnote: (id) => t("footnotePlace", { id }),
    table: t("inTable"),
  });
}

/**
 * The place as a Word user sees it — heading path and the words around it — and a jump there;
 * its accessible name also says what the finding is about (`message`), so a list of jump buttons
 * read out of context still tells them apart.
 */
function PlaceButton({ finding, message, note }: { finding: { paragraph: number; start: number; end: number; text?: string }; message: string; note?: string }) {
  const styles = useStyles();
  const { t } = useText();
  const word = useWord();
  const { snapshot } = useChecked();
  const label = usePlace(finding);
  if (!label) return null;
  const text = finding.text ?? snapshot?.paragraphs[finding.paragraph]?.text.slice(finding.start, finding.end) ?? "";
  const spoken = [note, label.path, label.snippet && `“${label.snippet}”`].filter(Boolean).join(" — ");
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.place}
      onClick={() => void word.jump({ paragraph: finding.paragraph, start: finding.start, end: finding.end, text })}
      aria-label={t("jumpPlace", { place: `${spoken} (${message})` })}
      data-testid="jump"
    >
      <span>
        {note && <>{note} — </>}
        {label.path && <span className={styles.path}>{label.path} — </span>}
        {label.snippet && <>“{label.snippet}”</>}
      </span>
    </Button>
  );
}

function RelatedPlaces({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const { language, t } = useText();
  return (
    <div className={styles.related} role="group" aria-label={t("relatedPlaces")} data-testid="related">
      {finding.related!.map((r, i) => (
        <PlaceButton key={i} finding={r} note={localize(r.note, language)} message={localize(finding.message, language)} />
      ))}
    </div>
  );
}
