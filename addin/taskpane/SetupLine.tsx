import { Button, Field, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useId, useState } from "react";
import { KIND_IDS, PROFILE_IDS, type KindId, type Mode, type ProfileId } from "../../src/core/types";
import { useCheck, useText, useWord } from "./state/PaneContext";


const useStyles = makeStyles({
  line: { justifyContent: "flex-start", textAlign: "left", height: "auto", minHeight: "unset", padding: `${tokens.spacingVerticalXXS} 0`, fontWeight: tokens.fontWeightRegular, maxWidth: "100%" },
  summary: { overflowWrap: "anywhere" },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  // A select is as wide as its longest option unless told otherwise; at 320 px it must shrink to the pane.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

/**
 * "Thiết lập: Văn bản Đảng (HD 36/2018) · Báo cáo 6 tháng · Dự thảo" — one line that opens to
 * the three choices; what was detected is shown by name, never by id. Not drawn again for a new
 * tab or filter.
 */
export const SetupLine = memo(function SetupLine() {
  const styles = useStyles();
  const { t } = useText();
  const check = useCheck();
  const word = useWord();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { setup, result } = check;
  const profile = setup.profile === "auto" && result ? result.profile : setup.profile;
  const kind = setup.kind === "auto" && result ? result.kind : setup.kind;
  const summary = [t(`profile_${profile}`), t(`kind_${kind}`), setup.mode === "final" ? t("modeFinal") : t("modeDraft")].join(" · ");
  return (
    <div>
      <Button
        appearance="transparent"
        className={styles.line}
        icon={<span aria-hidden>{open ? "▾" : "▸"}</span>}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("setupLabel", { value: summary })}
        onClick={() => setOpen(!open)}
        data-testid="setup"
      >
        <Text className={styles.summary}>
          <Text weight="semibold">{t("setup")}:</Text> {summary}
        </Text>
      </Button>
      {open && (
        <div className={styles.fields} id={panelId}>
          <Field label={t("profile")} className={styles.field}>
            <Select className={styles.select} select={{ className: styles.select }} value={setup.profile} onChange={(_, d) => check.changeSetup({ profile: d.value as ProfileId | "auto" })} data-testid="profile">
              <option value="auto">{result ? `${t("profile_auto")}: ${t(`profile_${result.profile}`)}` : t("profile_auto")}</option>
              {PROFILE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`profile_${id}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("kind")} className={styles.field}>
            <Select className={styles.select} select={{ className: styles.select }} value={setup.kind} onChange={(_, d) => check.changeSetup({ kind: d.value as KindId | "auto" })} data-testid="kind">
              <option value="auto">{result ? `${t("kind_auto")}: ${t(`kind_${result.kind}`)}` : t("kind_auto")}</option>
              {KIND_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`kind_${id}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("mode")} className={styles.field}>
            <Select className={styles.select} select={{ className: styles.select }} value={setup.mode} onChange={(_, d) => check.changeSetup({ mode: d.value as Mode })} data-testid="mode">
              <option value="draft">{t("modeDraft")}</option>
              <option value="final">{t("modeFinal")}</option>
            </Select>
          </Field>
          {word.capabilities.trackChanges && (
            <Switch label={t("trackChanges")} checked={setup.trackChanges} onChange={(_, d) => check.changeSetup({ trackChanges: d.checked })} />
          )}
        </div>
      )}
    </div>
  );
});
