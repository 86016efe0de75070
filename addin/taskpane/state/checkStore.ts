import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Snapshot } from "../../../src/document/snapshot";
import type { CheckOutput } from "../../../src/engine/check";
import type { KindId, Mode, ProfileId } from "../../../src/core/types";
import type { IndicatorStore } from "../../../src/indicators/index";
import type { LintConfig } from "../../../src/lint/config";
import type { Edit, Finding } from "../../../src/core/types";
import type { WordGateway } from "../../word/gateway";
import { CheckCancelled, type Engine } from "../engine/engineClient";
import type { Translate } from "../i18n";
import { nextTask } from "../../nextTask";
import { findingKey, withoutIgnored, type IgnoreStorage } from "./ignores";
import type { Notices } from "./notices";
import type { WordActions } from "./wordActions";

/** Where the latest check stands; published on the pane's root for tests and the benchmark. */
export type CheckState = "idle" | "checking" | "done" | "error";

export interface Setup {
  profile: ProfileId | "auto";
  kind: KindId | "auto";
  mode: Mode;
  trackChanges: boolean;
}

export interface CheckStore {
  setup: Setup;
  changeSetup(change: Partial<Setup>): void;
  state: CheckState;
  /** What the pane is doing, for the progress line; null when idle. */
  progress: { label: string; value?: number } | null;
  snapshot: Snapshot | null;
  result: CheckOutput | null;
  /** The result's findings less the ignored ones. */
  visible: readonly Finding[];
  ignoredCount: number;
  recheck(): Promise<void>;
  apply(edits: readonly Edit[]): Promise<void>;
  ignore(...findings: Finding[]): void;
  restoreIgnored(): void;
}

interface Inputs {
  gateway: WordGateway;
  engine: Engine;
  word: WordActions;
  config: LintConfig;
  defaultProfile: ProfileId | "auto";
  indicatorData: { store: IndicatorStore; loaded: boolean };
  storage: IgnoreStorage;
  notices: Notices;
  t: Translate;
}

export function useCheckStore({ gateway, engine, word, config, defaultProfile, indicatorData, storage, notices, t }: Inputs): CheckStore {
  const [setup, setSetup] = useState<Setup>({ profile: defaultProfile, kind: "auto", mode: "draft", trackChanges: false });
  const [state, setState] = useState<CheckState>("idle");
  const [progress, setProgress] = useState<CheckStore["progress"]>(null);
  const [checked, setChecked] = useState<{ snapshot: Snapshot; result: CheckOutput } | null>(null);
  const [ignored, setIgnored] = useState<ReadonlySet<string> | null>(null);
  const { fail } = notices;
  const { store, loaded } = indicatorData;

  useEffect(() => {
    let current = true;
    storage.load().then(
      (keys) => current && setIgnored(new Set(keys)),
      (error: unknown) => {
        if (!current) return;
        setIgnored(new Set());
        fail(error);
      },
    );
    return () => {
      current = false;
    };
  }, [storage, fail]);

  const recheck = useCallback(async () => {
    try {
      setState("checking");
      setProgress({ label: t("reading") });
      // The pane shows that it is checking before it reads the document: two tasks, not one long one.
      await nextTask();
      const snapshot = await gateway.readSnapshot();
      setProgress({ label: t("checking", { n: snapshot.paragraphs.length }) });
      // Progress events travel on their own channel and may land after the result: late ones are dropped.
      let finished = false;
      const result = await engine.check(
        { snapshot, profile: setup.profile, kind: setup.kind, mode: setup.mode, config, indicatorData: store },
        ({ rulesDone, rulesTotal }) => {
          if (!finished) setProgress({ label: t("checkProgress", { done: rulesDone, total: rulesTotal }), value: rulesDone / rulesTotal });
        },
      ).finally(() => (finished = true));
      // Drawing the cards is interruptible, so a long list never freezes the pane.
      startTransition(() => {
        setChecked({ snapshot, result });
        setState("done");
        setProgress(null);
      });
    } catch (error) {
      // A newer check took over; it owns the progress line now.
      if (error instanceof CheckCancelled) return;
      setState("error");
      setProgress(null);
      fail(error);
    }
  }, [gateway, engine, setup.profile, setup.kind, setup.mode, config, store, t, fail]);

  // Check when the pane opens and whenever what the check depends on changes.
  useEffect(() => {
    if (loaded) void recheck();
  }, [recheck, loaded]);
  // A check still running when the pane closes is not wanted any more.
  useEffect(() => () => engine.cancel(), [engine]);

  // Set from a click until the fix is in the document: a second click meanwhile does nothing.
  const applying = useRef(false);
  const apply = useCallback(
    async (edits: readonly Edit[]) => {
      if (edits.length === 0 || applying.current) return;
      applying.current = true;
      try {
        // Drawn busy in a transition: redrawing every card is not part of the click's own task.
        startTransition(() => setProgress({ label: t("applying") }));
        // Unticked: the document keeps its own tracking mode.
        await word.applyEdits(edits, { trackChanges: setup.trackChanges || undefined });
      } catch (error) {
        fail(error);
      } finally {
        applying.current = false;
      }
      await recheck();
    },
    [word, setup.trackChanges, recheck, t, fail],
  );

  // Ignore reads the check on screen and the ignores from a ref, so it stays the same function
  // across checks and ignores (the cards holding it are not drawn again); each ignore updates the
  // ref at once, so two before the pane is drawn again add up.
  const onScreen = useRef({ checked, ignored });
  useLayoutEffect(() => {
    onScreen.current = { checked, ignored };
  }, [checked, ignored]);

  const persist = useCallback(
    (next: ReadonlySet<string>) => {
      onScreen.current = { ...onScreen.current, ignored: next };
      // Drawn in a transition: the cards and counts are redrawn in a task after the click's own.
      startTransition(() => setIgnored(next));
      storage.save([...next]).catch(fail);
    },
    [storage, fail],
  );

  const ignore = useCallback(
    (...findings: Finding[]) => {
      const { checked, ignored } = onScreen.current;
      if (!checked || !ignored) return;
      persist(new Set([...ignored, ...findings.map((f) => findingKey(f, checked.snapshot))]));
    },
    [persist],
  );

  const visible = useMemo(() => {
    if (!checked) return [];
    return ignored ? withoutIgnored(checked.result.findings, ignored, checked.snapshot) : checked.result.findings;
  }, [checked, ignored]);

  const restoreIgnored = useCallback(() => persist(new Set()), [persist]);
  const changeSetup = useCallback((change: Partial<Setup>) => setSetup((s) => ({ ...s, ...change })), []);

  return {
    setup,
    changeSetup,
    state,
    progress,
    snapshot: checked?.snapshot ?? null,
    result: checked?.result ?? null,
    visible,
    ignoredCount: checked ? checked.result.findings.length - visible.length : 0,
    recheck,
    apply,
    ignore,
    restoreIgnored,
  };
}
