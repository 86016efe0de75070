/**
 * End-to-end: the built playground (real task pane + real gateway over the simulated Word host)
 * driven in Chromium through playwright-core. Screenshots go to test-results/.
 *
 * PLAYGROUND_DIST=<dir> reuses an existing build instead of running webpack.
 * CHROMIUM_PATH=<file> picks the browser; otherwise `chromium` on PATH.
 */
import { execSync } from "node:child_process";
import { productionBuild } from "../support/build";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RESULTS = join(ROOT, "test-results");
const SEED_000 = join(ROOT, "seeds/000_e6240ef1ee1503f8.txt");
const SEED_001 = join(ROOT, "seeds/001_87ee4238b5bec2d9.txt");

function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    return execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim().split("\n")[0] || null;
  } catch {
    return null;
  }
}

const CHROMIUM = findChromium();

if (!CHROMIUM && !process.env.CI) {
  console.warn("[e2e] Chromium not found (set CHROMIUM_PATH or install chromium): the playground browser tests are skipped.");
}

describe.runIf(!CHROMIUM && process.env.CI)("browser availability in CI", () => {
  it("needs Chromium", () => {
    throw new Error("Chromium is required for the end-to-end tests in CI: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  });
});

function findPage(dir: string): string {
  const html = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const page = html.find((f) => /playground/i.test(f));
  if (!page) throw new Error(`No playground page in the build (found: ${html.join(", ") || "none"}).`);
  return page.split("\\").join("/");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(resolve(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

describe.runIf(CHROMIUM)("playground in Chromium", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let profileDir: string;
  let pageUrl: string;
  const errors: string[] = [];

  beforeAll(async () => {
    const dist = await productionBuild();
    const pagePath = findPage(dist);
    server = await serve(dist);
    profileDir = mkdtempSync(join(tmpdir(), "soanchuan-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM!,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => errors.push(e.message));
    mkdirSync(RESULTS, { recursive: true });
    const { port } = server.address() as AddressInfo;
    pageUrl = `http://127.0.0.1:${port}/${pagePath}`;
    await page.goto(pageUrl);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  const pane = () => page.getByTestId("task-pane");
  const summaryCount = async () => Number(/\d+/.exec((await pane().getByTestId("summary").textContent()) ?? "")?.[0]);
  const finding = (quoted: string) => pane().getByTestId("finding").filter({ hasText: `“${quoted}”` });

  it("loads seed 000 and lists the engine's findings", async () => {
    const expected = checkDocument(readText(new Uint8Array(readFileSync(SEED_000)), "000.txt")).findings.length;
    await expect.poll(() => pane().getByTestId("summary").count(), { timeout: 30_000 }).toBe(1);
    expect(expected).toBeGreaterThan(0);
    expect(await summaryCount()).toBe(expected);
    const root = pane().getByTestId("pane-root");
    expect(await root.getAttribute("data-check-state")).toBe("done");
    expect(await root.getAttribute("data-findings")).toBe(String(expected));
    // The second "II." and the missing "III." of the seed are reported in the Structure tab.
    await expect.poll(() => finding("II.").count()).toBeGreaterThan(0);
    await expect.poll(() => finding("IV.").count()).toBeGreaterThan(0);
    await pane().screenshot({ path: join(RESULTS, "playground-000-pane.png") });
    await page.screenshot({ path: join(RESULTS, "playground-000.png") });
    expect(errors).toEqual([]);
  });

  it("jumps to a citation finding and selects its text in the document", async () => {
    await pane().getByTestId("tab-citations").click();
    const target = finding("01/NQ-TU").first();
    await expect.poll(() => target.count()).toBe(1);
    await target.getByTestId("jump").click();
    await expect.poll(() => page.getByTestId("document").locator("[data-selected]").allTextContents()).toEqual(["01/NQ-TU"]);
  });

  it("applies one fix: the text changes and the finding disappears", async () => {
    const before = await summaryCount();
    await finding("01/NQ-TU").first().getByTestId("fix").first().click();
    await expect.poll(() => finding("01/NQ-TU").count()).toBe(0);
    const doc = page.getByTestId("document");
    await expect.poll(() => doc.getByText("01-NQ/TU", { exact: false }).count()).toBeGreaterThan(0);
    expect(await summaryCount()).toBeLessThan(before);
    await pane().screenshot({ path: join(RESULTS, "playground-000-after-fix.png") });
  });

  it("fixes all findings of one kind at once", async () => {
    await pane().getByTestId("tab-structure").click();
    const before = await summaryCount();
    const group = pane().locator("section").filter({ has: page.getByTestId("fix-all") }).first();
    const heading = (await group.locator("[id^=rule-]").first().textContent()) ?? "";
    const name = heading.replace(/\s*\(\d+\)\s*$/, "");
    const fixable = Number(/\d+/.exec((await group.getByTestId("fix-all").textContent()) ?? "")?.[0]);
    await group.getByTestId("fix-all").click();
    await expect.poll(summaryCount).toBeLessThanOrEqual(before - fixable);
    await expect.poll(() => pane().locator("[id^=rule-]").filter({ hasText: name }).count()).toBe(0);
  });

  it("inserts an indicator table after the selection", async () => {
    await pane().getByTestId("tab-indicators").click();
    await expect.poll(() => pane().getByTestId("table-preview").count()).toBe(1);
    await pane().getByTestId("insert-indicator-table").click();
    const control = page.getByTestId("doc-content-control");
    await expect.poll(() => control.count()).toBe(1);
    const table = control.getByTestId("doc-table");
    expect(await table.getAttribute("data-style")).toBe("TableGrid");
    expect(await table.locator("th").first().textContent()).toBe("TT");
    expect(await table.locator("tr").count()).toBeGreaterThan(1);
    // Show sources: the inserted table's values with the footnote each prior figure came from.
    await pane().getByTestId("show-sources").click();
    const sources = pane().getByTestId("stored-sources");
    await expect.poll(() => sources.count()).toBe(1);
    await sources.locator("summary").click();
    expect(await sources.textContent()).toMatch(/15\.654 tỷ đồng/);
    await pane().screenshot({ path: join(RESULTS, "playground-000-indicators.png") });
  });

  it("adds the remaining findings as Word comments", async () => {
    // Inserting the table re-checked the document, so every finding still has a valid place.
    await expect.poll(() => pane().getByTestId("add-comments").isEnabled()).toBe(true);
    const visible = await summaryCount();
    await pane().getByTestId("add-comments").click();
    await expect.poll(() => page.getByTestId("doc-comment").count()).toBe(visible);
    expect(await pane().getByTestId("notice-warning").count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, "playground-000-comments.png") });
    expect(errors).toEqual([]);
  });

  it("opens on the seed named in ?seed= and publishes the finished check on the pane's root", async () => {
    const expected = checkDocument(readText(new Uint8Array(readFileSync(SEED_001)), "001.txt")).findings.length;
    const other = await context.newPage();
    try {
      other.on("pageerror", (e) => errors.push(e.message));
      await other.goto(`${pageUrl}?seed=001`);
      const root = other.getByTestId("task-pane").getByTestId("pane-root");
      await expect.poll(() => root.getAttribute("data-check-state"), { timeout: 30_000 }).toBe("done");
      expect(await other.getByTestId("seed-picker").inputValue()).toBe("001");
      expect(expected).toBeGreaterThan(0);
      expect(await root.getAttribute("data-findings")).toBe(String(expected));
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
