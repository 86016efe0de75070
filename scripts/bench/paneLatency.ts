/**
 * Time to first findings in the task pane and the longest main-thread task meanwhile, measured
 * in headless Chromium on the built playground (PerformanceObserver 'longtask'). The engine runs
 * in a Web Worker; whatever still blocks the page (reading the simulated document, drawing the
 * cards) shows up as a long task.
 *
 *   npx tsx scripts/bench/paneLatency.ts [FILE] [--dist DIR] [--cpu-throttle N]
 *
 * `--cpu-throttle N` slows the page's CPU N times (DevTools emulation), to see the pane as on a
 * slow or busy machine. After the check it times three clicks: one Fix, one Ignore and switching
 * to the citations tab.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildPlayground, findChromium, launchChromium, ROOT, serveDir } from "./playgroundBrowser";

export interface PaneLatency {
  file: string;
  /** From the chosen file reaching the page (the picker's change event) to the first finding card on screen. */
  firstFindingsMs: number;
  /** The browser automation's own time to hand the file to the page: not the pane's, so not counted. */
  automationMs: number;
  /** Longest main-thread task while the check ran: from the pane's check starting to its first card (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** Tasks of 50 ms or more while the check ran. */
  longTasks: number;
  /**
   * Longest task over the whole load, including the playground drawing the simulated document
   * (in Word, the document is not drawn by the pane).
   */
  longestTaskLoadingMs: number;
  /** From clicking the first card's first Fix to the re-checked cards drawn (the fix through the simulated Word included). */
  fixMs: number;
  /** Longest main-thread task over that time (0 when none reached 50 ms). */
  longestTaskFixMs: number;
  /** Longest task from clicking the first card's Ignore to the list drawn without it (0 when none reached 50 ms). */
  longestTaskIgnoreMs: number;
  /** Longest task from clicking the citations tab to its cards and cited documents drawn (0 when none reached 50 ms). */
  longestTaskTabMs: number;
}

/** The largest seed (by bytes): the default document to measure. */
export function largestSeed(): string {
  const dir = join(ROOT, "seeds");
  return readdirSync(dir)
    .filter((f) => /\.(txt|docx)$/.test(f))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

/**
 * Loads `file` through the playground's file picker at a 340 px pane and waits for the first
 * finding. `dist` reuses a production build (one is made in a temporary folder otherwise).
 */
export async function measurePaneLatency(options: { file?: string; dist?: string; chromium?: string; cpuThrottle?: number } = {}): Promise<PaneLatency> {
  const file = options.file ?? largestSeed();
  const executable = options.chromium ?? findChromium();
  if (!executable) throw new Error("Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  const temp = options.dist ? null : mkdtempSync(join(tmpdir(), "soanchuan-bench-"));
  const dist = options.dist ?? buildPlayground(join(temp!, "dist"));
  const { server, url } = await serveDir(dist);
  const browser = await launchChromium(executable);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (options.cpuThrottle && options.cpuThrottle > 1) {
      const devtools = await page.context().newCDPSession(page);
      await devtools.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottle });
    }
    await page.goto(`${url}?pane=340`);
    await page.waitForSelector("[data-check-state=done]", { timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[]; previousPane: Element | null; checkFrom?: number };
      // The pane is mounted anew for the new document; the old one's cards must not count.
      w.previousPane = document.querySelector("[data-testid=pane-root]");
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask" });
      // When the new pane's check starts (its root says "checking").
      new MutationObserver(() => {
        const root = document.querySelector("[data-testid=pane-root]");
        if (w.checkFrom === undefined && root && root !== w.previousPane && root.getAttribute("data-check-state") === "checking") w.checkFrom = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-check-state"] });
      // The moment the user's choice reaches the page (the browser automation's own file transfer is not the pane's time).
      document.addEventListener("change", () => ((w as { chosenAt?: number }).chosenAt ??= performance.now()), { capture: true });
    });
    const started = await page.evaluate(() => performance.now());
    await page.getByTestId("doc-file").setInputFiles(file);
    // The first card of the new document's pane.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { firstAt?: number; previousPane: Element | null };
        const root = document.querySelector("[data-testid=pane-root]");
        if (!root || root === w.previousPane || !root.querySelector("[data-testid=finding]")) return false;
        w.firstAt ??= performance.now();
        return true;
      },
      null,
      { timeout: 120_000, polling: "raf" },
    );
    // Let the observer deliver the last entries.
    await page.waitForTimeout(200);
    const measured = await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[]; firstAt: number; checkFrom?: number; chosenAt?: number };
      return { firstAt: w.firstAt, checkFrom: w.checkFrom ?? 0, chosenAt: w.chosenAt, tasks: w.longTasks };
    });
    // A task that ends after the check started overlaps it; the frame that paints the first cards
    // (layout and paint, just after they are in the page) belongs to it too.
    const FRAME_MS = 20;
    const duringCheck = measured.tasks.filter((task) => task.start + task.duration > measured.checkFrom && task.start < measured.firstAt + FRAME_MS);
    const fix = await measureOneFix(page);
    const longestTaskIgnoreMs = await longestTaskOfClick(page, () => page.getByTestId("task-pane").getByTestId("finding").first().getByTestId("ignore").click(), "[data-testid=restore-ignored]");
    const longestTaskTabMs = await longestTaskOfClick(page, () => page.getByTestId("task-pane").getByTestId("tab-citations").click(), "[data-testid=cited-document]");
    return {
      file,
      firstFindingsMs: Math.round(measured.firstAt - (measured.chosenAt ?? started)),
      automationMs: Math.round((measured.chosenAt ?? started) - started),
      longestTaskMs: Math.round(Math.max(0, ...duringCheck.map((task) => task.duration))),
      longTasks: duringCheck.length,
      longestTaskLoadingMs: Math.round(Math.max(0, ...measured.tasks.map((task) => task.duration))),
      ...fix,
      longestTaskIgnoreMs,
      longestTaskTabMs,
    };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/** The pane's first Fix on the loaded document: the time until its re-check's cards are drawn, and the longest task meanwhile. */
async function measureOneFix(page: Page): Promise<{ fixMs: number; longestTaskFixMs: number }> {
  const settled = () => document.querySelector("[data-testid=pane-root]")?.getAttribute("data-check-state") === "done" && !document.querySelector("[data-testid=task-pane] [aria-busy=true]");
  await page.waitForFunction(settled, null, { timeout: 60_000 });
  // Let the first check's last frames pass: only the fix's tasks are counted.
  await page.waitForTimeout(500);
  const from = await page.evaluate(() => performance.now());
  await page.getByTestId("task-pane").getByTestId("fix").first().click();
  // The pane is busy (aria-busy) while the fix is applied and the document re-checked.
  await page.waitForFunction(() => document.querySelector("[data-testid=pane-root]")?.getAttribute("aria-busy") === "true", null, { timeout: 10_000, polling: "raf" });
  await page.waitForFunction(settled, null, { timeout: 60_000 });
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const during = tasks.filter((task) => task.start + task.duration > from && task.start < to + 20);
  return { fixMs: Math.round(to - from), longestTaskFixMs: Math.round(Math.max(0, ...during.map((task) => task.duration))) };
}

/** The longest task from `click` until `shown` is in the pane and nothing in it is busy (0 when none reached 50 ms). */
async function longestTaskOfClick(page: Page, click: () => Promise<void>, shown: string): Promise<number> {
  // The previous click's last frames are not this one's.
  await page.waitForTimeout(500);
  const from = await page.evaluate(() => performance.now());
  await click();
  await page.waitForFunction((selector) => document.querySelector(`[data-testid=task-pane] ${selector}`) && !document.querySelector("[data-testid=task-pane] [aria-busy=true]"), shown, {
    timeout: 60_000,
    polling: "raf",
  });
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const during = tasks.filter((task) => task.start + task.duration > from && task.start < to + 20);
  return Math.round(Math.max(0, ...during.map((task) => task.duration)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const args = process.argv.slice(2);
  const distAt = args.indexOf("--dist");
  const dist = distAt >= 0 ? args.splice(distAt, 2)[1] : undefined;
  const throttleAt = args.indexOf("--cpu-throttle");
  const cpuThrottle = throttleAt >= 0 ? Number(args.splice(throttleAt, 2)[1]) : undefined;
  const result = await measurePaneLatency({ file: args[0], dist, cpuThrottle });
  console.log(
    `pane, ${result.file.replace(ROOT, "")}: first findings ${result.firstFindingsMs} ms (after the ${result.automationMs} ms the automation took to hand over the file); longest main-thread task during the check ${result.longestTaskMs} ms ` +
      `(${result.longTasks} tasks ≥ 50 ms); longest over the whole load, simulated document included, ${result.longestTaskLoadingMs} ms; ` +
      `one Fix and its re-check ${result.fixMs} ms, longest task meanwhile ${result.longestTaskFixMs} ms; ` +
      `longest task of one Ignore ${result.longestTaskIgnoreMs} ms, of switching to the citations tab ${result.longestTaskTabMs} ms`,
  );
}
