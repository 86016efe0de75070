import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

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

/** Elements the playground renders for findings; the first that appears ends the clock. */
export const FINDING_SELECTOR = "[data-testid='finding']";

/**
 * Milliseconds from handing the playground the largest seed to the first finding on screen,
 * measured inside the page (performance.now) so browser start-up is not counted.
 */
export async function timeToFirstFindings(dist: string, seedPath: string): Promise<number | string> {
  if (!existsSync(join(dist, "playground.html"))) return "not measured: dist/playground.html missing";
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
    await page.goto(`${origin}/playground.html`, { waitUntil: "load" });
    // The playground opens on a sample: let its findings settle, then mark them as not ours.
    await page.waitForSelector("[data-testid='finding']", { timeout: 15_000 }).catch(() => undefined);
    // Page scripts go as strings: tsx would wrap functions in a helper that the page does not have.
    // The clock stops when the findings shown differ from the sample's (React may reuse their nodes).
    const shown = `[...document.querySelectorAll(${JSON.stringify(FINDING_SELECTOR)})].map((e) => e.textContent).join("|")`;
    await page.evaluate(`window.benchBefore = ${shown}`);
    const input = page.locator("input[type=file]").first();
    const textarea = page.locator("textarea").first();
    const hasInput = (await input.count()) > 0;
    if (!hasInput && (await textarea.count()) === 0) return "not measured: the playground has no file input or text area to load a report";
    await page.evaluate(`(() => {
      const seen = () => {
        const now = ${shown};
        if (window.benchFirst === undefined && now !== "" && now !== window.benchBefore) window.benchFirst = performance.now();
      };
      new MutationObserver(seen).observe(document.body, { childList: true, subtree: true, attributes: true });
      window.benchStart = performance.now();
    })()`);
    if (hasInput) await input.setInputFiles(seedPath);
    else await textarea.fill(readFileSync(seedPath, "utf8"));
    try {
      await page.waitForFunction("window.benchFirst !== undefined", null, { timeout: 15_000 });
    } catch {
      return `not measured: no element matching ${FINDING_SELECTOR} appeared within 15 s`;
    }
    return (await page.evaluate("window.benchFirst - window.benchStart")) as number;
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
