import { snapshotFromLines, type Snapshot } from "../../../src/document/snapshot";
import { checkDocument, type CheckOutput } from "../../../src/engine/check";
import { RULES } from "../../../src/engine/rules";
import type { KindId, Mode, ProfileId } from "../../../src/core/types";
import type { IndicatorStore } from "../../../src/indicators/index";
import type { LintConfig } from "../../../src/lint/config";
import type { RuleTiming } from "../../../src/lint/runner";
import { ParagraphTextCache } from "../../../src/engine/paragraphCache";

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

/**
 * One check. `lastParagraphs` holds the paragraphs of the previous check of this engine: a
 * paragraph whose text did not change keeps its per-paragraph results, so a re-check after a fix
 * or an edit re-reads only what changed (the findings are a full check's; see createRecheckingRunner).
 */
export function runCheck(request: EngineRequest, onProgress?: (progress: CheckProgress) => void, lastParagraphs?: ParagraphTextCache): CheckOutput {
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
    cache: lastParagraphs,
  });
}

/** runCheck with the paragraphs of each check kept for the next: one per engine (worker or inline). */
export function createRecheckingRunner(): (request: EngineRequest, onProgress?: (progress: CheckProgress) => void) => CheckOutput {
  const lastParagraphs = new ParagraphTextCache();
  return (request, onProgress) => runCheck(request, onProgress, lastParagraphs);
}

/**
 * A short report through the engine's main paths (header and closing blocks, numbered headings,
 * citations, figures with changes and shares). Checked once when the worker starts, while the
 * pane is still reading the document: the first real check then finds its data loaded and its
 * code compiled (on the largest seed in Node: about 195 ms cold, 95 ms after this).
 */
export const WARM_UP_REPORT: readonly string[] = [
  "ĐẢNG BỘ TỈNH BÌNH DƯƠNG",
  "TỈNH ỦY",
  "*",
  "Số 12-BC/TU",
  "ĐẢNG CỘNG SẢN VIỆT NAM",
  "Bình Dương, ngày 05 tháng 6 năm 2023",
  "BÁO CÁO",
  "sơ kết 6 tháng đầu năm 2023",
  "Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, Chỉ thị 05-CT/TW và Quyết định số 1234/QĐ-UBND ngày 3/4/2023 của Ủy ban nhân dân tỉnh, Tỉnh ủy báo cáo như sau:",
  "I. KẾT QUẢ THỰC HIỆN",
  "1. Về kinh tế",
  "- Tổng sản phẩm (GRDP) 6 tháng đầu năm 2023 ước đạt 150.200 tỷ đồng, tăng 5,2% so với cùng kỳ năm 2022, đạt 48,5% kế hoạch năm; thu ngân sách 32.000 tỷ đồng, tăng 1,2%.",
  "+ Kết nạp 1.250 đảng viên mới, bằng 52% kế hoạch; quý I năm 2023 có 3.400 hộ gia đình, chiếm 12,5%.",
  "2. Về xây dựng Đảng",
  "a) Công tác chính trị, tư tưởng",
  "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023",
  "Nơi nhận:",
  "- Ban Thường vụ Tỉnh ủy,",
  "- Lưu Văn phòng Tỉnh ủy.",
  "T/M TỈNH ỦY",
  "BÍ THƯ",
  "Nguyễn Văn A",
];

export function warmUpEngine(): CheckOutput {
  return runCheck({ snapshot: snapshotFromLines(WARM_UP_REPORT), profile: "auto", kind: "auto", mode: "draft", config: {}, indicatorData: null });
}
