import type { Snapshot } from "../../../src/document/snapshot";
import { checkDocument, type CheckOutput } from "../../../src/engine/check";
import { RULES } from "../../../src/engine/rules";
import type { KindId, Mode, ProfileId } from "../../../src/core/types";
import type { IndicatorStore } from "../../../src/indicators/index";
import type { LintConfig } from "../../../src/lint/config";
import type { RuleTiming } from "../../../src/lint/runner";

/** Everything one check needs; plain data, so it crosses to the worker by structured clone. */
export interface EngineRequest {
  snapshot: Snapshot;
  profile: ProfileId | "auto";
  kind: KindId | "auto";
  mode: Mode;
  /** The organisation's house style (the same JSON the CLI reads). */
  config: LintConfig;
  /** Prior-period data the pane keeps in IndexedDB: plans for "đạt X% kế hoạch". */
  indicatorData: IndicatorStore | null;
}

export interface CheckProgress {
  rulesDone: number;
  rulesTotal: number;
}

/**
 * The add-in's own inserted tables (cited documents, indicators) are its output, not the
 * writer's text: their paragraphs are blanked so no rule reads them, keeping every index.
 */
export function withoutAddinContent(snapshot: Snapshot): Snapshot {
  if (!snapshot.paragraphs.some((p) => p.ownedByAddin)) return snapshot;
  return { ...snapshot, paragraphs: snapshot.paragraphs.map((p) => (p.ownedByAddin ? { index: p.index, text: "", tableNesting: p.tableNesting } : p)) };
}

/** Collects rule timings and turns each finished rule into a progress event. */
class ProgressTimings extends Array<RuleTiming> {
  constructor(private readonly report: (done: number) => void) {
    super();
  }
  override push(...items: RuleTiming[]): number {
    const length = super.push(...items);
    this.report(length);
    return length;
  }
}

export function runCheck(request: EngineRequest, onProgress?: (progress: CheckProgress) => void): CheckOutput {
  const rulesTotal = RULES.size;
  let last = 0;
  const timings = onProgress
    ? new ProgressTimings((rulesDone) => {
        // A few events per check are enough for a progress bar; each one crosses threads.
        if (rulesDone - last >= 8 || rulesDone === rulesTotal) {
          last = rulesDone;
          onProgress({ rulesDone, rulesTotal });
        }
      })
    : undefined;
  return checkDocument(withoutAddinContent(request.snapshot), {
    profile: request.profile,
    kind: request.kind,
    mode: request.mode,
    config: request.config,
    resources: request.indicatorData ? { indicatorData: request.indicatorData } : {},
    timings,
  });
}
