import { useCallback, useMemo, useState } from "react";
import type { Severity } from "../../../src/core/types";
import type { DisplayCategory, PanelId } from "../rules";

/** What the user is looking at: tab, severity filter, category filter, open dialogs. */
export interface View {
  tab: PanelId;
  severities: ReadonlySet<Severity>;
  category: DisplayCategory | null;
  settingsOpen: boolean;
  commentsOpen: boolean;
  setTab(tab: PanelId): void;
  toggleSeverity(severity: Severity): void;
  setCategory(category: DisplayCategory | null): void;
  setSettingsOpen(open: boolean): void;
  setCommentsOpen(open: boolean): void;
}

/** Errors and warnings by default; reminders are one click away. */
const DEFAULT_SEVERITIES: readonly Severity[] = ["error", "warning"];

export function useView(): View {
  const [tab, setTabState] = useState<PanelId>("structure");
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(DEFAULT_SEVERITIES));
  const [category, setCategory] = useState<DisplayCategory | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  const setTab = useCallback((next: PanelId) => {
    setTabState(next);
    setCategory(null);
  }, []);
  const toggleSeverity = useCallback(
    (severity: Severity) =>
      setSeverities((current) => {
        const next = new Set(current);
        if (next.has(severity)) next.delete(severity);
        else next.add(severity);
        return next;
      }),
    [],
  );
  return useMemo(
    () => ({ tab, severities, category, settingsOpen, commentsOpen, setTab, toggleSeverity, setCategory, setSettingsOpen, setCommentsOpen }),
    [tab, severities, category, settingsOpen, commentsOpen, setTab, toggleSeverity],
  );
}
