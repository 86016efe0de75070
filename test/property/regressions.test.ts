/**
 * Counterexamples the property suite found, kept as plain unit tests (shrunk by fast-check).
 * Each names the rule at fault; they pass once that rule is fixed.
 */
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument, type CheckOptions } from "../../src/engine/check";
import { fixAllProblems, locationProblems } from "./invariants";
import upperCaseItemThenHeading from "./regression-numbering-skipped.json";

const OPTIONS: CheckOptions = { profile: "auto", kind: "auto", mode: "draft", today: new Date("2026-07-01T00:00:00Z") };

describe("property-suite regressions", () => {
  it("consistency/spacing: fix-all leaves no run of spaces after a bullet before a part heading", () => {
    const snapshot = snapshotFromLines([
      " Hướng dẫn 36-HD/VPTW Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.",
      "-   PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN CÔNG TÁC NĂM 2020  ",
      "PHẦN THỨ NHẤT  KẾT QUẢ THỰC HIỆN CÔNG TÁC NĂM 2020",
    ]);
    snapshot.paragraphs[2]!.tableNesting = 1;
    const result = checkDocument(snapshot, OPTIONS);
    expect(locationProblems(snapshot, result.findings)).toEqual([]);
    expect(fixAllProblems(snapshot, result, OPTIONS)).toEqual([]);
  });

  it("numbering/skipped: renumbering an all-caps 1.5. item before a 2. heading leaves nothing to renumber", () => {
    const snapshot = snapshotFromLines(upperCaseItemThenHeading);
    const result = checkDocument(snapshot, OPTIONS);
    expect(fixAllProblems(snapshot, result, OPTIONS)).toEqual([]);
  });

  it("citation/inconsistent-mention: the date it proposes is already in the standard form, so date-format has nothing left", () => {
    const snapshot = snapshotFromLines([
      "Quyết định số 68/QĐ-UBND ngày 5/1/2021 của UBND tỉnh",
      "ban hành kèm theo Quyết định 68/QĐ-UBND ngày 12/01/2021, Kế hoạch tổ chức thực hiện năm 2021.",
    ]);
    const result = checkDocument(snapshot, OPTIONS);
    expect(result.findings.map((f) => f.ruleId)).toContain("citation/inconsistent-mention");
    expect(fixAllProblems(snapshot, result, OPTIONS)).toEqual([]);
  });
});
