import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
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
