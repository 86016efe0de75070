import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { MAX_GROUPED_EDITS } from "../../src/structure/findingBudget";
import { MAX_RELATED_PLACES } from "../../src/structure/grouping";
import { variantReport, type VariantOccurrence, type VariantSet } from "../../src/structure/variants";

const SET: VariantSet = {
  subject: { vi: "cách viết khoảng năm", en: "year ranges" },
  forms: { tight: { vi: "“2021-2025”", en: "“2021-2025”" }, spaced: { vi: "“2021 - 2025”", en: "“2021 - 2025”" } },
  preferred: null,
};

/** One paragraph per range: `tight` of the first form, then `spaced` of the second. */
function document(tight: number, spaced: number) {
  const lines = [...Array.from({ length: tight }, () => "Giai đoạn 2021-2025."), ...Array.from({ length: spaced }, () => "Giai đoạn 2021 - 2025.")];
  const { ctx } = createContext(snapshotFromLines(lines));
  const occurrences: VariantOccurrence[] = lines.map((line, paragraph) => {
    const form = line.includes(" - ") ? "spaced" : "tight";
    const start = line.indexOf("2021");
    return { paragraph, start, end: line.indexOf(".", start), form, rewrite: (to) => (to === "spaced" ? "2021 - 2025" : "2021-2025") };
  });
  return { ctx, occurrences };
}

describe("variantReport", () => {
  it("relates every place and fixes them all in a real document's numbers", () => {
    const { ctx, occurrences } = document(30, 3);
    const [report] = variantReport(ctx, SET, occurrences);
    expect(report.related).toHaveLength(33);
    expect(report.suggestions?.map((s) => [s.label.en, s.edits.length])).toEqual([
      ["Use “2021-2025” everywhere", 3],
      ["Use “2021 - 2025” everywhere", 30],
    ]);
  });

  it("past the bounds keeps the exact counts, lists the first places and fixes the first edits of a pass, saying so", () => {
    const tight = MAX_GROUPED_EDITS + 500;
    const { ctx, occurrences } = document(tight, 2);
    const [report] = variantReport(ctx, SET, occurrences);
    expect(report.data?.formsEn).toBe(`“2021-2025” × ${tight}, “2021 - 2025” × 2`);
    expect(report.related).toHaveLength(MAX_RELATED_PLACES);
    expect(report.paragraph).toBe(tight);
    expect(report.suggestions?.map((s) => [s.label.en, s.edits.length])).toEqual([
      ["Use “2021-2025” everywhere", 2],
      [`Use “2021 - 2025” in the first ${MAX_GROUPED_EDITS} places (then check again)`, MAX_GROUPED_EDITS],
    ]);
  });
});
