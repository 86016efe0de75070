/**
 * The built playground in headless Chromium: build it, serve it on 127.0.0.1 and open it. Shared
 * by the browser tests, the screenshots script and the pane benchmark.
 */
import { execFileSync, execSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** CHROMIUM_PATH, or `chromium` on PATH; null when neither is there. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    return execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim().split("\n")[0] || null;
  } catch {
    return null;
  }
}

/** `npm run build` into `dist`; returns the folder. */
export function buildPlayground(dist: string): string {
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, NODE_ENV: "production" },
  });
  return dist;
}

export function findPlaygroundPage(dir: string): string {
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

/** A static server for the build, on a free loopback port. */
export async function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(resolve(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/${findPlaygroundPage(dir)}` };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
