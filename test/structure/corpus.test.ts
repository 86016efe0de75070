/**
 * Real Word documents (../shared/corpus/docx: reports, notices, a plan and Hướng dẫn 36 of
 * provincial and central offices) read as an editor would: each pins its kind, its closing block
 * (signature found, recipients only inside it) and its outline, and none of the classes of false
 * findings seen on documents the rules were not tuned on may appear.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/document/readDocx";
import { checkDocument, createContext } from "../../src/engine/check";
import { analyzeStructure } from "../../src/structure/analysis";
import { isReportKind } from "../../src/structure/kind";
import type { KindId } from "../../src/core/types";

const CORPUS = new URL("../../../shared/corpus/docx/", import.meta.url);

interface Expected {
  kind: KindId;
  recipients: number;
  titles: string[];
  signer: string;
  outline: string;
}

const EXPECTED: Record<string, Expected> = {
  "ld01_bc-ubnd_cchc-nam-2025.docx": {
    kind: "state-report",
    recipients: 8,
    titles: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer: "Nguyễn Ngọc Phúc",
    outline: "I. 1. 2. 3. 4. 5. 6. II. 1. a) b) c) d) 2. a) b) c) 3. a) b) c) d) 4. a) b) c) d) 5. a) b) c) 6. a) b) c) d) đ) e) g) h) III. 1. 2. IV. 1. 2. 3. 4. 5. 6. 7.",
  },
  "ld04_bc-bcd_de-an-06-thang-11-2025.docx": {
    kind: "state-report",
    recipients: 10,
    titles: ["TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH"],
    signer: "Nguyễn Ngọc Phúc",
    outline:
      "I. 1. a) b) c) d) 2. a) b) c) d) 3. a) b) 4. II. 1. 2. a) b) 3. a) b) c) d) đ) e) 4. 5. a) b) 6. a) b) 7. a) b) c) 8. a) b) 9. a) b) 10. III. 1. a) b) c) d) đ) 2. a) b) 3. a) b) c) d) e) 4. 5. a) b) c) 6. 7. a) b) 8. a) b) c) 9. a) b) 10. 11. 12. a) b) c) d) đ) e)",
  },
  "ld06_bc-hcc_766-danh-gia-phuc-vu.docx": {
    kind: "state-report",
    recipients: 4,
    titles: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer: "Nguyễn Hữu Tuấn",
    outline: "1. a) b) b) c) 2. 2.1. 2.2. a) b) c) d) đ) e) 3.",
  },
  "ld08_tb-ubnd_ket-luan-hoi-nghi-cchc-22-1-2026.docx": {
    kind: "notice",
    recipients: 8,
    titles: ["TL.CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    signer: "Trịnh Ngọc Duệ",
    outline: "I. II. 1. a) b) c) 2. a) b) c) d) đ) 3. a) b) c) 4. a) b) c) 5. a) b) c) 7. a) b) c) III. 1. 2. 3.",
  },
  "ld12_tb-ubnd_ket-luan-pci-doanh-nghiep.docx": {
    kind: "notice",
    recipients: 5,
    titles: ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    signer: "Trịnh Ngọc Duệ",
    outline: "1. 2. a) b) 3.",
  },
  "ld16_bc-ubnd_tong-ket-chien-luoc-pcmt.docx": {
    kind: "state-report",
    recipients: 6,
    titles: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer: "Nguyễn Minh",
    outline: "Phần thứ nhất I. 1. 2. II. 1. 2. III. 1. 2. 3. 4. 5. 6. 7. 8. IV. 1. 2. 2.1 2.2 3. Phần thứ hai 1. 2. 2.1. 2.2. 2.3. 2.4. 2.5. 2.6. 2.7. Phần thứ ba 1. 2. 3.",
  },
  "ld17_bc-ubnd_cham-diem-par-index-2025.docx": {
    kind: "state-report",
    recipients: 3,
    titles: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer: "Nguyễn Ngọc Phúc",
    outline: "",
  },
  "pt01_kh-sttt-phu-tho-2011_CONVERTED.docx": {
    kind: "plan",
    recipients: 5,
    titles: ["GIÁM ĐỐC"],
    signer: "Phan Quang Thao",
    outline: "I. II. 1. 2. a) b) c) d) đ) III. 1. 2. 3. 4. 5.",
  },
  "tw01_hd-36-vptw-2018.docx": {
    kind: "guidance",
    recipients: 5,
    titles: ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    signer: "Bùi Văn Thạch",
    outline:
      "I- 1. 2. 3. 4. II- 1. 1.1. 1.1.1. 1.1.2. 1.2. 1.2.1. a) b) c) d) đ) 1.2.2. 1.3. 1.3.1. 1.3.2. 1.4. 1.4.1. 1.4.2. 1.5. 1.5.1. 1.5.2. 1.6. 1.6.1. 1.6.2. 1.7. 1.7.1. a) b) c) d) đ) e) g) 1.7.2. 1.8. 1.8.1. 1.8.2. 1.9. 1.9.1. 1.9.2. 2. 2.1. 2.2. 2.3. 2.4. 3. 3.1. 3.2. 3.3. 4. 4.1. 4.2. 4.3. 4.4. 4.5. III- 1. 2. 3.",
  },
};

/** Rules that report a document-wide choice or habit: at most one finding each. */
const ONCE_PER_DOCUMENT = ["consistency/tone-style", "consistency/year-range", "consistency/month-count", "numbering/trailing-dot", "consistency/abbreviation", "consistency/decimal-point", "consistency/number-spacing"];

for (const [file, expected] of Object.entries(EXPECTED)) {
  describe(`corpus ${file}`, async () => {
    const snapshot = await readDocx(new Uint8Array(readFileSync(new URL(file, CORPUS))), file);
    const { ctx } = createContext(snapshot, {});
    const { layout, entries } = analyzeStructure(snapshot, ctx.text);
    const result = checkDocument(snapshot);
    const closing = layout.closing!;

    it(`is a ${expected.kind}`, () => {
      expect(result.kind).toBe(expected.kind);
    });

    it("finds the closing block: signature, authority chain and recipients only inside it", () => {
      expect(closing).not.toBeNull();
      expect(closing.titles.map((t) => t.content)).toEqual(expected.titles);
      expect(closing.signer?.content).toBe(expected.signer);
      expect(closing.recipients).toHaveLength(expected.recipients);
      for (const r of closing.recipients) {
        expect(r.paragraph).toBeGreaterThanOrEqual(closing.first);
        expect(r.paragraph).toBeLessThanOrEqual(closing.last);
        expect(snapshot.paragraphs[r.paragraph].footnoteId).toBeUndefined();
      }
    });

    it("recovers the outline", () => {
      expect(entries.map((e) => e.marker || `[${e.source}]`).join(" ").normalize("NFC")).toBe(expected.outline);
    });

    it("reports no block finding outside the closing block and none about the signature it found", () => {
      for (const f of result.findings.filter((f) => f.ruleId === "closing/recipients" || f.ruleId === "closing/signature")) {
        expect(f.paragraph).toBeGreaterThanOrEqual(closing.first);
        expect(f.paragraph).toBeLessThanOrEqual(closing.last);
        expect(f.message.en).not.toMatch(/missing/u);
      }
    });

    it("shows none of the false-finding classes", () => {
      const findings = result.findings;
      // A face name is its family.
      expect(findings.filter((f) => f.ruleId === "presentation/font-family" && /Font “Times ?New ?Roman/iu.test(f.message.en))).toEqual([]);
      // One choice, one habit, one property: one finding each.
      for (const ruleId of ONCE_PER_DOCUMENT) expect(findings.filter((f) => f.ruleId === ruleId).length).toBeLessThanOrEqual(1);
      // One finding per heading level at most, and one per habit of double markers or choice of unit spacing.
      for (const ruleId of ["presentation/heading-bold", "presentation/heading-caps"]) expect(findings.filter((f) => f.ruleId === ruleId).length).toBeLessThanOrEqual(5);
      expect(findings.filter((f) => f.ruleId === "consistency/unit-spacing").length).toBeLessThanOrEqual(1);
      // No corpus document has a list item with two markers, nor a closing that contradicts its summary.
      expect(findings.filter((f) => f.ruleId === "numbering/double-marker" || f.ruleId === "closing/summary")).toEqual([]);
      for (const ruleId of ["presentation/font-family", "presentation/font-size", "presentation/alignment", "consistency/unicode"]) {
        const messages = findings.filter((f) => f.ruleId === ruleId).map((f) => f.message.en);
        expect(new Set(messages).size).toBe(messages.length);
      }
      // A repeat never points at itself; a skip caused by a repeat is the repeat's finding.
      for (const f of findings.filter((f) => f.ruleId === "numbering/duplicate")) expect(f.related?.[0].paragraph).not.toBe(f.paragraph);
      const renumbers = new Set(findings.filter((f) => f.ruleId === "numbering/duplicate").map((f) => JSON.stringify(f.suggestions[0]?.edits)));
      for (const f of findings.filter((f) => f.ruleId === "numbering/skipped")) expect(renumbers.has(JSON.stringify(f.suggestions[0]?.edits))).toBe(false);
      // The report's closing sentence and templates belong to reports only.
      if (!isReportKind(result.kind)) {
        expect(findings.filter((f) => f.ruleId === "closing/sentence" && /Trên đây là báo cáo/u.test(f.message.vi) && /missing/u.test(f.message.en))).toEqual([]);
        expect(findings.filter((f) => f.ruleId.startsWith("sections/"))).toEqual([]);
      }
      // Blanks left for the office are reminders before issue.
      for (const f of findings.filter((f) => f.ruleId === "header/number" || f.ruleId === "header/date")) {
        if (/blank|left|trống/iu.test(f.message.en + f.message.vi)) expect(f.severity).toBe("info");
      }
    });
  });
}
