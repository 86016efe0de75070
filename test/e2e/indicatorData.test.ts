/**
 * Prior-period data in the task pane at 320 px, driven in Chromium on the built playground (seed
 * 000, issued by THÀNH UỶ ĐÔNG HÀ): a plan that contradicts the text, a second source that
 * disagrees with the first, another organisation's report; the table inserted only with what
 * the user saw. CHROMIUM_PATH picks the browser; PLAYGROUND_DIST reuses a build.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "../../scripts/bench/playgroundBrowser";
import { done, overflowing, pane, playgroundSession } from "../support/playgroundSession";

const CHROMIUM = findChromium();
const PANE_WIDTH = 320;
const HEADER = "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại";
const RETAIL = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ";
const INDUSTRY = "Giá trị sản xuất công nghiệp cá thể";

describe.runIf(CHROMIUM)(`prior-period data in the task pane at ${PANE_WIDTH} px`, () => {
  const session = playgroundSession(CHROMIUM!, "soanchuan-data-");
  const errors: string[] = [];

  const file = (name: string, text: string) => {
    const path = join(session.temp, name);
    writeFileSync(path, text);
    return path;
  };
  /** Each preview card's figures, as the user reads them: column title → cell. */
  const previewFigures = (page: Page) =>
    pane(page)
      .getByTestId("preview-row")
      .evaluateAll((cards) => cards.map((card) => [...card.querySelectorAll("dd:not([data-testid=missing-reason])")].map((dd) => dd.textContent ?? "")));

  it("asks before matching, shows the finding and the conflict, and inserts only the figures the user saw", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.url}?pane=${PANE_WIDTH}`);
    await done(page);
    await pane(page).getByTestId("tab-indicators").click();
    // Whose data: the issuer in the header, not a shared "default" store.
    await expect.poll(() => pane(page).getByTestId("data-organisation").inputValue()).toBe("THÀNH UỶ ĐÔNG HÀ");

    const planFinding = () => pane(page).getByTestId("finding").and(page.locator('[data-rule="indicator/plan-share-mismatch"]'));
    // A plan of 30.000 contradicts "17.592 tỷ đồng, đạt 51,6% kế hoạch năm" (17.592 / 30.000 = 58,6 %).
    await pane(page).getByTestId("source-input").setInputFiles(file("ke-hoach.csv", `${HEADER}\n${RETAIL};tỷ đồng;năm 2021;30.000;kế hoạch\n${INDUSTRY};tỷ đồng;năm 2021;1.144;kế hoạch\n`));
    await expect.poll(() => planFinding().count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => pane(page).getByTestId("notices").textContent()).toContain("2 giá trị mới, 0 cập nhật, 0 khác với số đã có");

    // A second source agrees on the retail plan and disagrees on the industry plan: nothing is overwritten.
    await pane(page).getByTestId("source-input").setInputFiles(file("so-lieu-tinh.csv", `${HEADER}\n${RETAIL};tỷ đồng;năm 2021;30.000;kế hoạch\n${INDUSTRY};tỷ đồng;năm 2021;1.150;kế hoạch\n`));
    await expect.poll(() => pane(page).getByTestId("notices").textContent()).toContain("0 giá trị mới, 0 cập nhật, 1 khác với số đã có (chờ chọn), 1 đã có");
    const conflict = pane(page).getByTestId("data-conflict");
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toMatch(/1\.144 tỷ đồng.*ke-hoach\.csv.*1\.150 tỷ đồng.*so-lieu-tinh\.csv/);
    await done(page);
    expect(await planFinding().count()).toBe(1);

    // Another organisation's report is not matched until the user says so.
    const storeCount = await pane(page).getByTestId("store-count").textContent();
    await pane(page).getByTestId("source-input").setInputFiles(
      file("bc-cam-lo.txt", "HUYỆN ỦY CAM LỘ\n*\nSố 12-BC/HU\nBÁO CÁO\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng đầu năm 2020 đạt 1.694 tỷ đồng.\n"),
    );
    const question = pane(page).getByTestId("import-question");
    await expect.poll(() => question.count()).toBe(1);
    expect(await question.textContent()).toContain("HUYỆN ỦY CAM LỘ");
    await question.getByTestId("import-cancel").click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await pane(page).getByTestId("store-count").textContent()).toBe(storeCount);

    // A row without a prior figure says why, in the preview and under the inserted table.
    const unticked = pane(page).getByTestId("indicator-row").filter({ hasText: "(6 tháng đầu năm 2021)" }).filter({ has: page.locator("input:not(:checked)") });
    const added = /^(.*) \(6 tháng đầu năm 2021\)/.exec((await unticked.first().locator("label").textContent()) ?? "")![1];
    await unticked.first().locator("input").check();
    const cards = pane(page).getByTestId("preview-row");
    await expect.poll(() => cards.count()).toBe(3);
    const industryCard = cards.filter({ hasText: INDUSTRY });
    expect(await industryCard.getByTestId("missing-reason").allTextContents()).toContainEqual(expect.stringContaining("hai nguồn số liệu năm 2021 khác nhau, chưa chọn"));
    expect(await cards.filter({ hasText: added }).getByTestId("missing-reason").allTextContents()).toContainEqual(expect.stringContaining("chưa có số liệu cùng kỳ"));
    expect(await overflowing(page)).toEqual([]);
    const seen = await previewFigures(page);

    await pane(page).getByTestId("insert-indicator-table").click();
    await expect.poll(() => pane(page).getByTestId("missing-values-warning").count()).toBe(1);
    expect(await page.getByTestId("doc-content-control").count()).toBe(0);
    await pane(page).getByTestId("insert-indicator-table").click();
    const table = page.getByTestId("doc-content-control").getByTestId("doc-table");
    await expect.poll(() => table.count()).toBe(1);
    const inserted = await table.locator("tr").evaluateAll((rows) =>
      rows.filter((row) => row.querySelector("td")).map((row) => [...row.querySelectorAll("td")].slice(3).map((td) => td.textContent ?? "")),
    );
    expect(inserted).toEqual(seen);
    expect(inserted.flat()).not.toContain("1.144");
    expect(inserted.flat()).not.toContain("1.150");
    expect(await page.getByTestId("document").textContent()).toContain("chưa có số liệu cùng kỳ");

    // The user picks one figure: only then does it reach the preview.
    await conflict.getByTestId("pick-incoming").click();
    await expect.poll(() => conflict.count()).toBe(0);
    await expect.poll(async () => (await industryCard.locator("dd").allTextContents()).includes("1.150")).toBe(true);
    // Refreshing the inserted table shows what it will become first; the document changes on confirmation.
    await pane(page).getByTestId("refresh-tables").click();
    const refreshPreview = pane(page).getByTestId("refresh-preview");
    await expect.poll(() => refreshPreview.getByTestId("preview-row").filter({ hasText: INDUSTRY }).locator("dd").allTextContents()).toContain("1.150");
    expect(await table.textContent()).not.toContain("1.150");
    await refreshPreview.getByTestId("confirm-refresh").click();
    await expect.poll(() => table.textContent()).toContain("1.150");

    // The user may name another organisation: its own (empty) store, and back to the issuer's when cleared.
    const organisation = pane(page).getByTestId("data-organisation");
    await organisation.fill("Huyện ủy Cam Lộ");
    await organisation.press("Enter");
    await expect.poll(() => pane(page).getByTestId("store-count").textContent()).toBe("Kho số liệu: 0 giá trị");
    await organisation.fill("");
    await organisation.press("Enter");
    await expect.poll(() => organisation.inputValue()).toBe("THÀNH UỶ ĐÔNG HÀ");
    await expect.poll(() => pane(page).getByTestId("store-count").textContent()).toBe(storeCount);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
