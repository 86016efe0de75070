import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { applyEdits } from "../../src/lint/fix";
import type { Edit } from "../../src/core/types";
import { FakeWordHost } from "../../addin/word/fakeWord";
import { WordGateway } from "../../addin/word/gateway";

const LINES = ["BÁO CÁO", "I. Kết quả", "Thực hiện Nghị quyết 35-NQ/TW ngày 22/10/2018", "II. Hạn chế"];

function texts(host: FakeWordHost): string[] {
  return host.paragraphs().map((p) => p.text);
}

describe("a refused batch never touches the document", () => {
  it("edits checked against an older text are all refused and the document keeps its text", async () => {
    const host = new FakeWordHost(snapshotFromLines(LINES));
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    // The user types while the check runs: every edited paragraph has changed.
    host.paragraphs()[2]!.text = "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018";
    host.paragraphs()[1]!.text = "I. Kết quả đạt được";
    const before = texts(host);
    const edits: Edit[] = [
      { paragraph: 2, start: 20, end: 20, expected: "", text: " số" },
      { paragraph: 1, start: 0, end: 2, expected: "I.", text: "1." },
    ];
    const outcome = await gateway.applyEdits(edits, checked);
    expect(outcome.done).toEqual([]);
    expect(outcome.refused.map((r) => r.reason)).toEqual(["stale", "stale"]);
    expect(texts(host)).toEqual(before);
  });

  it("edits whose expected text is not in the paragraph, or whose paragraph is gone, change nothing", async () => {
    const host = new FakeWordHost(snapshotFromLines(LINES));
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const outcome = await gateway.applyEdits(
      [
        { paragraph: 0, start: 0, end: 3, expected: "XYZ", text: "ABC" },
        { paragraph: 40, start: 0, end: 1, expected: "B", text: "C" },
      ],
      checked,
    );
    expect(outcome.done).toEqual([]);
    expect(outcome.refused).toHaveLength(2);
    expect(texts(host)).toEqual(LINES);
  });

  it("the engine's applyEdits refuses stale and overlapping edits without writing them", () => {
    const snapshot = snapshotFromLines(LINES);
    const outcome = applyEdits(snapshot, [
      { paragraph: 3, start: 0, end: 3, expected: "II.", text: "2." },
      { paragraph: 3, start: 1, end: 4, expected: "I. ", text: "" },
      { paragraph: 0, start: 0, end: 3, expected: "BAO", text: "" },
    ]);
    expect(outcome.refused.map((r) => r.reason).sort()).toEqual(["overlap", "stale"]);
    expect(outcome.snapshot.paragraphs.map((p) => p.text)).toEqual([LINES[0], LINES[1], LINES[2], "2. Hạn chế"]);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(LINES);
  });
});
