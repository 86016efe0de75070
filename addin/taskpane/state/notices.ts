import { useCallback, useMemo, useState } from "react";
import type { Localized } from "../../../src/core/types";
import { errorText } from "../i18n";
import type { Language, Translate } from "../i18n";

export interface Notice {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  lines: string[];
  /** One follow-up, e.g. "Hoàn tác" after switching a rule off. */
  action?: { label: string; run(): void };
}

export interface Notices {
  notices: readonly Notice[];
  notify(notice: Omit<Notice, "id">): void;
  fail(error: unknown): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** The pane's notices: the last three, announced by the live region that renders them. */
export function useNoticeList(language: Language, t: Translate): Notices {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((notice: Omit<Notice, "id">) => setNotices((list) => [...list.slice(-2), { ...notice, id: nextId++ }]), []);
  const fail = useCallback(
    (error: unknown) => notify({ intent: "error", title: t("errorTitle"), lines: [errorText(error, language)] }),
    [language, notify, t],
  );
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return useMemo(() => ({ notices, notify, fail, dismiss }), [notices, notify, fail, dismiss]);
}

export type { Localized };
