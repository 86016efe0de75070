import { describe, expect, it } from "vitest";
import { isRecipientsHeading } from "../../src/profile/vocabulary";

describe("isRecipientsHeading", () => {
  it("recognises the heading however it is spaced, cased, accented or composed", () => {
    for (const line of ["Nơi nhận:", "Nơi nhận", "NƠI NHẬN :", "  Nơi      nhận   :  ", "Nơi nhân:", "Nơi nhận:".normalize("NFD"), "N\u0300ơi nhận\u0301\u0301\u0301:"]) {
      expect(isRecipientsHeading(line), JSON.stringify(line)).toBe(true);
    }
  });

  it("rejects longer lines without folding them wrongly", () => {
    for (const line of ["Nơi nhận văn bản xác định", "Nơi nhận::", "Nơi nhậnn:", "Nơi nhận: - Như trên;", "Nơi ở"]) {
      expect(isRecipientsHeading(line), JSON.stringify(line)).toBe(false);
    }
  });
});
