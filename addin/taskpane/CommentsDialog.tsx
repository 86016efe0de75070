import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../src/core/types";
import { localize } from "./i18n";
import { categoryOf, panelOf, ruleTitle } from "./rules";
import { useCheck, useText, useWord } from "./state/PaneContext";
import type { View } from "./state/view";

type Scope = "errors" | "category" | "selected";

const useStyles = makeStyles({
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box", padding: tokens.spacingHorizontalM },
  picks: { maxHeight: "40vh", overflowY: "auto", display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function findingId(f: Finding): string {
  return `${f.ruleId}:${f.paragraph}:${f.start}:${f.end}`;
}

/** Which findings become Word comments: errors only, the group on screen, or picked one by one. */
export function CommentsDialog({ view }: { view: View }) {
  const styles = useStyles();
  const { language, t } = useText();
  const check = useCheck();
  const word = useWord();
  const [scope, setScope] = useState<Scope>("errors");
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [working, setWorking] = useState(false);

  const errors = useMemo(() => check.visible.filter((f) => f.severity === "error"), [check.visible]);
  const onScreen = useMemo(
    () =>
      check.visible.filter(
        (f) => panelOf(f) === view.tab && view.severities.has(f.severity) && (view.category === null || categoryOf(f.ruleId) === view.category),
      ),
    [check.visible, view.tab, view.severities, view.category],
  );
  const groupName = view.category ? t(`category_${view.category}`) : t(view.tab === "structure" ? "tabStructure" : view.tab === "citations" ? "tabCitations" : "tabIndicators");
  const chosen = scope === "errors" ? errors : scope === "category" ? onScreen : onScreen.filter((f) => picked.has(findingId(f)));

  const close = () => view.setCommentsOpen(false);
  const run = async (action: () => Promise<void>) => {
    setWorking(true);
    try {
      await action();
    } finally {
      setWorking(false);
      close();
    }
  };
  const insert = () =>
    run(() =>
      word.insertComments(chosen.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, message: localize(f.message, language) }))),
    );

  return (
    <Dialog open={view.commentsOpen} onOpenChange={(_, d) => !d.open && close()}>
      <DialogSurface className={styles.surface} data-testid="comments-dialog">
        <DialogBody>
          <DialogTitle>{t("commentsTitle")}</DialogTitle>
          <DialogContent>
            <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as Scope)}>
              <Radio value="errors" label={t("commentsErrors", { n: errors.length })} data-testid="scope-errors" />
              <Radio value="category" label={t("commentsCategory", { name: groupName, n: onScreen.length })} data-testid="scope-category" />
              <Radio value="selected" label={t("commentsSelected")} data-testid="scope-selected" />
            </RadioGroup>
            {scope === "selected" && (
              <div className={styles.picks} role="group" aria-label={t("commentsSelected")}>
                {onScreen.map((f) => {
                  const id = findingId(f);
                  return (
                    <Checkbox
                      key={id}
                      checked={picked.has(id)}
                      onChange={(_, d) => {
                        const next = new Set(picked);
                        if (d.checked) next.add(id);
                        else next.delete(id);
                        setPicked(next);
                      }}
                      label={`${ruleTitle(f.ruleId, language)}: “${f.text}”`}
                      data-testid="pick"
                    />
                  );
                })}
              </div>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" disabled={working || chosen.length === 0} onClick={() => void insert()} data-testid="comments-insert">
              {t("commentsInsert", { n: chosen.length })}
            </Button>
            <Button disabled={working} onClick={() => void run(() => word.removeComments())} data-testid="comments-remove">
              {t("commentsRemove")}
            </Button>
            <Button appearance="subtle" onClick={close}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
