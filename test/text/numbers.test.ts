import { describe, expect, it } from "vitest";
import { findNumbers, formatVietnameseNumber, parseQuantity, parseVietnameseNumber, roundHalfUp } from "../../src/text/numbers";

describe("parseVietnameseNumber", () => {
  it.each([
    ["17.592", 17592, 0],
    ["560,538", 560.538, 3],
    ["2.063,37", 2063.37, 2],
    ["118.050.000", 118050000, 0],
    ["12,4", 12.4, 1],
    ["49", 49, 0],
    ["-3,2", -3.2, 1],
    ["−0,5", -0.5, 1],
  ])("%s → %d (%d decimals)", (raw, value, decimals) => {
    expect(parseVietnameseNumber(raw)).toEqual({ value, decimals, decimalPoint: false });
  });

  it("reads a decimal point but flags it (a defect in Vietnamese text)", () => {
    expect(parseVietnameseNumber("95.5")).toEqual({ value: 95.5, decimals: 1, decimalPoint: true });
  });

  it("rejects what is not a number", () => {
    expect(parseVietnameseNumber("abc")).toBeNull();
    expect(parseVietnameseNumber("1,2,3")).toBeNull();
    expect(parseVietnameseNumber("")).toBeNull();
  });
});

describe("parseQuantity", () => {
  it("splits the unit off, glued or not", () => {
    expect(parseQuantity("118.050.000 đ")).toMatchObject({ value: 118050000, unit: "đ" });
    expect(parseQuantity("174,2tỷ đồng")).toMatchObject({ value: 174.2, unit: "tỷ đồng" });
    expect(parseQuantity("12,4%")).toMatchObject({ value: 12.4, decimals: 1, unit: "%" });
  });
});

describe("findNumbers", () => {
  it("finds figures with offsets and skips dates and fractions", () => {
    const text = "ước thực hiện 17.592 tỷ đồng, tăng 12,4% đến 30/6/2021; 40/43 vụ";
    const tokens = findNumbers(text);
    expect(tokens.map((t) => t.value)).toEqual([17592, 12.4]);
    expect(text.slice(tokens[0].start, tokens[0].end)).toBe("17.592");
  });
});

describe("formatVietnameseNumber", () => {
  it.each([
    [17592, {}, "17.592"],
    [560.538, { maxDecimals: 3 }, "560,538"],
    [2063.37, {}, "2.063,37"],
    [118050000, {}, "118.050.000"],
    [12.38, { decimals: 1 }, "12,4"],
    [-3.2, {}, "-3,2"],
    [49, { decimals: 1 }, "49,0"],
  ])("%d %j → %s", (value, options, text) => {
    expect(formatVietnameseNumber(value, options)).toBe(text);
  });

  it("round-trips through the parser", () => {
    for (const value of [0, 7, 1234.5, 98765.432, 1000000]) {
      expect(parseVietnameseNumber(formatVietnameseNumber(value, { maxDecimals: 3 }))?.value).toBe(value);
    }
  });
});

describe("roundHalfUp", () => {
  it("rounds halves away from zero without floating-point drift", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(12.35, 1)).toBe(12.4);
    expect(roundHalfUp(-8.25, 1)).toBe(-8.3);
  });
});
