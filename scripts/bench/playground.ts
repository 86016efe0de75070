import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { basename, extname, join, normalize } from "node:path";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves dist/ on localhost (the playground's CSP allows its own origin only). */
function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dist, path || "playground.html");
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}

function chromiumPath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** The task pane's root says where its check stands; "done" ends the clock. */
export const DONE_SELECTOR = "[data-check-state='done']";
const LOADS = 3;

/**
 * Milliseconds from navigation start of `playground.html?seed=<id>` (the page opens on that
 * seed) to the task pane reporting its first finished check: loading the bundle, reading the
 * simulated document and the full check. Browser start-up is not counted, and one warm-up load
 * comes first (the HTTP cache is then warm, as after a first opening in Word). Median of 3 loads.
 */
export async function timeToFirstFindings(dist: string, seedPath: string): Promise<number | string> {
  if (!existsSync(join(dist, "playground.html"))) return "not measured: dist/playground.html missing";
  const seed = /^(\d+)_/.exec(basename(seedPath))?.[1];
  if (!seed) return `not measured: ${basename(seedPath)} is not a seeds/NNN_… file`;
  const executablePath = chromiumPath();
  if (!executablePath) return "not measured: no chromium on PATH";
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    return "not measured: playwright-core not installed";
  }
  const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const { server, origin } = await serve(dist);
  let browser: Awaited<ReturnType<typeof playwright.chromium.launchPersistentContext>>;
  try {
    browser = await playwright.chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  try {
    const page = await browser.newPage();
    // Runs in every new document before the page's scripts; a string, because tsx would wrap a
    // function in a helper that the page does not have.
    await page.addInitScript(`(() => {
      const seen = () => {
        if (window.benchDone === undefined && document.querySelector(${JSON.stringify(DONE_SELECTOR)})) window.benchDone = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-check-state"] });
    })()`);
    const times: number[] = [];
    for (let load = 0; load <= LOADS; load++) {
      await page.goto(`${origin}/playground.html?seed=${seed}`, { waitUntil: "commit" });
      if (!(await finished(page, 15_000))) return `not measured: no element matching ${DONE_SELECTOR} appeared within 15 s`;
      const picked = await page.getByTestId("seed-picker").inputValue();
      if (picked !== seed) return `not measured: the playground opened on seed ${picked || "?"}, not ${seed} (?seed= ignored)`;
      if (load > 0) times.push((await page.evaluate("window.benchDone")) as number);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Polls with page.evaluate: waitForFunction's string predicates need eval, which the page's CSP forbids. */
async function finished(page: import("playwright-core").Page, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await page.evaluate("window.benchDone !== undefined").catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
