import { useRef } from "react";
import { Button, Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../src/core/types";
import { PROFILE_IDS, type ProfileId } from "../../src/core/types";
import { categoryOf, defaultSeverity, ruleDescription, ruleOptionDefaults, ruleTitle, DISPLAY_CATEGORIES, RULE_IDS } from "./rules";
import { useHouseStyle, useNotices, useText } from "./state/PaneContext";
import { emptyHouseStyle, importConfig, levelOf, optionsOf, serializeConfig, withLevel, withOption } from "./state/houseStyle";

type Level = "off" | Severity;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 8.5rem", gap: tokens.spacingHorizontalS, alignItems: "center", overflowWrap: "anywhere" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * The organisation's settings: what "Tắt quy tắc này" wrote is visible and reversible here, and
 * the rules export as the JSON config the command line reads.
 */
export function HouseStylePanel({ onClose }: { onClose(): void }) {
  const styles = useStyles();
  const { language, t } = useText();
  const { style, update } = useHouseStyle();
  const { notify, fail } = useNotices();
  const fileInput = useRef<HTMLInputElement>(null);

  const setLevel = (ruleId: string, level: Level | undefined) => update((s) => ({ ...s, rules: withLevel(s.rules, ruleId, level, defaultSeverity(ruleId)) }));
  const setOption = (ruleId: string, name: string, value: unknown) => update((s) => ({ ...s, rules: withOption(s.rules, ruleId, name, value, defaultSeverity(ruleId)) }));

  const exportConfig = () => {
    const url = URL.createObjectURL(new Blob([serializeConfig(style)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `soanchuan-${style.organisation || "config"}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const next = importConfig(style, await file.text());
      update(() => next);
      notify({ intent: "success", lines: [t("configImported", { n: Object.keys(next.rules).length })] });
    } catch (error) {
      fail(error);
    }
  };

  const toneSetting = optionsOf(style.rules["consistency/tone-style"]).preferred;
  const commaSetting = optionsOf(style.rules["citation/date-comma"]).style;

  return (
    <section className={styles.panel} aria-labelledby="house-style-title" data-testid="house-style-panel">
      <Subtitle2 id="house-style-title">{t("houseStyle")}</Subtitle2>
      <Text size={200} className={styles.hint}>
        {t("houseStyleHint")}
      </Text>
      <Field label={t("organisationName")}>
        <Input value={style.organisation} onChange={(_, d) => update((s) => ({ ...s, organisation: d.value || "default" }))} data-testid="organisation" />
      </Field>
      <Field label={t("defaultProfile")}>
        <Select value={style.defaultProfile} onChange={(_, d) => update((s) => ({ ...s, defaultProfile: d.value as ProfileId | "auto" }))}>
          <option value="auto">{t("profile_auto")}</option>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`profile_${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.section}>
        <Subtitle2>{t("preferredForms")}</Subtitle2>
        {"preferred" in ruleOptionDefaults("consistency/tone-style") && (
          <Field label={t("toneStyle")}>
            <Select value={typeof toneSetting === "string" ? toneSetting : "new"} onChange={(_, d) => setOption("consistency/tone-style", "preferred", d.value === "new" ? undefined : d.value)}>
              <option value="new">{t("toneNew")}</option>
              <option value="old">{t("toneOld")}</option>
            </Select>
          </Field>
        )}
        <Field label={t("dateComma")}>
          <Select value={typeof commaSetting === "string" ? commaSetting : ""} onChange={(_, d) => setOption("citation/date-comma", "style", d.value || undefined)} data-testid="date-comma">
            <option value="">{t("dateCommaDefault")}</option>
            <option value="comma">{t("dateCommaYes")}</option>
            <option value="none">{t("dateCommaNo")}</option>
            <option value="either">{t("dateCommaEither")}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.section}>
        <Subtitle2>{t("rulesHeading")}</Subtitle2>
        {DISPLAY_CATEGORIES.map((category) => (
          <div key={category} className={styles.section} role="group" aria-label={t(`category_${category}`)}>
            <Text weight="semibold">{t(`category_${category}`)}</Text>
            {RULE_IDS.filter((id) => categoryOf(id) === category).map((id) => {
              const level = levelOf(style.rules[id]) as Level | undefined;
              return (
                <div key={id} className={styles.rule}>
                  <Text size={200} title={ruleDescription(id, language)}>
                    {ruleTitle(id, language)}
                  </Text>
                  <Select
                    size="small"
                    value={level ?? ""}
                    onChange={(_, d) => setLevel(id, (d.value || undefined) as Level | undefined)}
                    aria-label={ruleTitle(id, language)}
                    data-testid={`rule-level-${id}`}
                  >
                    <option value="">{t("level_default", { level: t(`level_${defaultSeverity(id)}`) })}</option>
                    <option value="off">{t("level_off")}</option>
                    <option value="error">{t("level_error")}</option>
                    <option value="warning">{t("level_warning")}</option>
                    <option value="info">{t("level_info")}</option>
                  </Select>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className={styles.bar}>
        <Button size="small" onClick={exportConfig} data-testid="export-config">
          {t("exportConfig")}
        </Button>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          {t("importConfig")}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => update((s) => ({ ...emptyHouseStyle(), organisation: s.organisation }))}>
          {t("resetHouseStyle")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".json"
          aria-label={t("importConfig")}
          data-testid="config-input"
          onChange={(e) => void importFile(e.target.files?.[0]).finally(() => (e.target.value = ""))}
        />
      </div>
      <Button appearance="primary" onClick={onClose} data-testid="house-style-close">
        {t("close")}
      </Button>
    </section>
  );
}
