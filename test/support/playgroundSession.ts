import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDir } from "../../scripts/bench/playgroundBrowser";
import { productionBuild } from "./build";

/** The built playground served locally, a Chromium to open it and a temporary folder for files. */
export interface PlaygroundSession {
  url: string;
  browser: Browser;
  temp: string;
}

/**
 * Registers, in the calling describe block, a hook that builds and serves the playground and
 * launches `chromium`, and one that closes everything. The fields are set once the first hook ran.
 */
export function playgroundSession(chromium: string, tempPrefix: string): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let server: Server | undefined;
  beforeAll(async () => {
    ({ server, url: session.url } = await serveDir(await productionBuild()));
    session.browser = await launchChromium(chromium);
    session.temp = mkdtempSync(join(tmpdir(), tempPrefix));
  }, 600_000);
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (session.temp) rmSync(session.temp, { recursive: true, force: true });
  });
  return session;
}

export const pane = (page: Page) => page.getByTestId("task-pane");
const root = (page: Page) => pane(page).getByTestId("pane-root");

/** Waits until the pane's check has finished and nothing in the pane is busy (its cards are drawn a few a frame). */
export async function done(page: Page): Promise<void> {
  await expect.poll(() => root(page).getAttribute("data-check-state"), { timeout: 60_000 }).toBe("done");
  await expect.poll(() => pane(page).locator("[aria-busy=true]").count()).toBe(0);
}

/** Elements whose box sticks out past the pane's right edge (ignoring content inside scroll boxes). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const aside = document.querySelector("[data-testid=task-pane]")!;
    const edge = aside.getBoundingClientRect().right;
    const out: string[] = [];
    for (const el of aside.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= edge + 1) continue;
      let clipped = false;
      for (let up = el.parentElement; up && up !== aside; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") clipped = true;
      }
      if (!clipped) out.push(`${el.tagName} “${(el.textContent ?? "").slice(0, 40)}” ends at ${Math.round(rect.right)} > ${Math.round(edge)}`);
    }
    return out;
  });
}
