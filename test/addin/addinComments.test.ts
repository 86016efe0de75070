import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { FakeWordHost } from "../../addin/word/fakeWord";
import { COMMENT_TAG, WordGateway, type CommentRequest } from "../../addin/word/gateway";

const LINES = ["I. Mở đầu", "Thực hiện Nghị quyết số 01/NQ-TU, tăng 5%.", "Hai  khoảng trắng.", "Lại hai  khoảng trắng và  nữa."];

function setup() {
  const host = new FakeWordHost(snapshotFromLines(LINES));
  return { host, gateway: new WordGateway(host) };
}

function request(paragraph: number, text: string, message: string, from = 0): CommentRequest {
  const start = LINES[paragraph]!.indexOf(text, from);
  return { paragraph, start, end: start + text.length, text, message };
}

describe("the add-in's Word comments", () => {
  it("are written once: adding the same comments again adds none", async () => {
    const { host, gateway } = setup();
    const snapshot = await gateway.readSnapshot();
    const requests = [request(1, "01/NQ-TU", "Ký hiệu viết theo kiểu Nhà nước."), request(2, "  ", "Hai khoảng trắng liền nhau.")];
    const first = await gateway.insertComments(requests, snapshot);
    expect(first.done).toHaveLength(2);
    expect(host.state.comments.map((c) => c.content)).toEqual(requests.map((r) => `${COMMENT_TAG}${r.message}`));
    const again = await gateway.insertComments([...requests, request(1, "5%", "Kiểm tra tỷ lệ.")], await gateway.readSnapshot());
    expect(again.done.map((r) => r.text)).toEqual(["5%"]);
    expect(again.existing).toHaveLength(2);
    expect(host.state.comments).toHaveLength(3);
  });

  it("keep equal findings at different places apart, in one paragraph or in two", async () => {
    const { host, gateway } = setup();
    const message = "Hai khoảng trắng liền nhau.";
    const requests = [request(2, "  ", message), request(3, "  ", message), request(3, "  ", message, 12)];
    expect(requests[2]!.start).toBeGreaterThan(requests[1]!.start);
    expect((await gateway.insertComments(requests, await gateway.readSnapshot())).done).toHaveLength(3);
    expect((await gateway.insertComments(requests, await gateway.readSnapshot())).existing).toHaveLength(3);
    expect(host.state.comments).toHaveLength(3);
  });

  it("are removed without touching the writer's own comments", async () => {
    const { host, gateway } = setup();
    const snapshot = await gateway.readSnapshot();
    await gateway.insertComments([request(1, "01/NQ-TU", "Ký hiệu.")], snapshot);
    const paragraph = host.paragraphs()[2]!;
    host.state.comments.push({ id: host.newId(), paragraph, start: 0, end: 3, content: "Anh Minh: xem lại đoạn này" });
    expect(await gateway.removeAddinComments()).toBe(1);
    expect(host.state.comments.map((c) => c.content)).toEqual(["Anh Minh: xem lại đoạn này"]);
    expect(await gateway.removeAddinComments()).toBe(0);
  });
});

describe("the add-in's own tables", () => {
  it("are marked in the snapshot so the check can leave them out", async () => {
    const { host, gateway } = setup();
    host.state.selection = { paragraph: host.paragraphs()[1]!, start: 0, end: 0 };
    await gateway.insertTable({ title: "Danh mục", headerRows: [["TT", "Văn bản"]], rows: [["1", "Nghị quyết số 01/NQ-TU"]] });
    const snapshot = await gateway.readSnapshot();
    const owned = snapshot.paragraphs.filter((p) => p.ownedByAddin);
    expect(owned.map((p) => p.text)).toEqual(["TT", "Văn bản", "1", "Nghị quyết số 01/NQ-TU"]);
    expect(snapshot.paragraphs.filter((p) => !p.ownedByAddin).map((p) => p.text)).toEqual(LINES);
  });
});
