/**
 * Security hygiene of what ships in the task pane: a Content-Security-Policy that lets the page
 * load only its own files and Office's script, no network calls in the add-in or the engine,
 * document text rendered only as React text, and the manifest asking for ReadWriteDocument only.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";

function sourceFiles(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => extensions.test(f))
    .map((f) => join(dir, f));
}

/** Directives of the page's CSP meta tag, or null when it has none. */
export function cspOf(html: string): Map<string, string[]> | null {
  const tag = /<meta\b(?:"[^"]*"|'[^']*'|[^>"'])*http-equiv=["']Content-Security-Policy["'](?:"[^"]*"|'[^']*'|[^>"'])*>/i.exec(html)?.[0];
  const content = tag && /\bcontent=(["'])(.*?)\1/i.exec(tag)?.[2];
  if (!content) return null;
  const directives = new Map<string, string[]>();
  for (const part of content.split(";").map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name!.toLowerCase(), sources);
  }
  return directives;
}

/** What the policy lets the page load or contact beyond its own origin: must be nothing but Office's script host. */
export function cspProblems(directives: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const fallback = directives.get("default-src");
  if (!fallback) problems.push("no default-src");
  const scripts = directives.get("script-src") ?? fallback ?? [];
  for (const source of scripts) {
    if (source !== "'self'" && source !== OFFICE_SCRIPT_HOST && !source.startsWith(OFFICE_SCRIPT_HOST + "/")) problems.push(`script-src allows ${source}`);
  }
  const connect = directives.get("connect-src") ?? fallback ?? [];
  // Office.js fetches its own resources from the host it was loaded from.
  for (const source of connect) if (source !== "'self'" && source !== "'none'" && !source.startsWith(OFFICE_SCRIPT_HOST)) problems.push(`connect-src allows ${source}`);
  for (const [name, sources] of directives) {
    if (name === "script-src" || name === "connect-src") continue;
    for (const source of sources) {
      const local = ["'self'", "'none'", "data:", "blob:"].includes(source);
      const inlineStyle = name === "style-src" && source === "'unsafe-inline'";
      const office = source.startsWith(OFFICE_SCRIPT_HOST);
      if (!local && !inlineStyle && !office) problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

describe("the policy checker itself", () => {
  it("accepts self + Office's script host and rejects anything wider", () => {
    const ok = cspOf(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${OFFICE_SCRIPT_HOST}; style-src 'self' 'unsafe-inline'; img-src 'self' data:">`);
    expect(ok && cspProblems(ok)).toEqual([]);
    const wide = cspOf(`<meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'self' 'unsafe-eval'; connect-src https://example.com">`);
    expect(wide && cspProblems(wide).sort()).toEqual(["connect-src allows https://example.com", "default-src allows *", "script-src allows 'unsafe-eval'"]);
    expect(cspOf("<html><head></head></html>")).toBeNull();
  });
});

describe("built pages carry a Content-Security-Policy", () => {
  let dist: string | null = null;
  let temporary: string | null = null;

  beforeAll(() => {
    if (process.env.PLAYGROUND_DIST) {
      dist = process.env.PLAYGROUND_DIST;
      return;
    }
    if (!existsSync(join(ROOT, "webpack.config.ts"))) return;
    temporary = mkdtempSync(join(tmpdir(), "soanchuan-csp-"));
    // Same command as `npm run build` (webpack.config.ts is loaded through tsx), into a temporary directory.
    execFileSync(process.execPath, ["--import", "tsx", "node_modules/webpack-cli/bin/cli.js", "--mode", "production", "--output-path", temporary], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, NODE_ENV: "production" },
    });
    dist = temporary;
  }, 300_000);

  afterAll(() => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  for (const page of ["taskpane.html", "playground.html"]) {
    it(`${page} allows only its own origin and Office's script host`, () => {
      expect(dist, "the production build (webpack.config.ts) is needed to check the pages").not.toBeNull();
      const found = readdirSync(dist!, { recursive: true, encoding: "utf8" }).find((f) => f.split(/[\\/]/).pop() === page);
      expect(found, `${page} in the build`).toBeDefined();
      const directives = cspOf(readFileSync(join(dist!, found!), "utf8"));
      expect(directives, `${page} has a Content-Security-Policy meta tag`).not.toBeNull();
      expect(cspProblems(directives!)).toEqual([]);
    });
  }
});

describe("the task pane and the engine make no network requests", () => {
  // The engine (src/, without the Node-only CLI) runs inside the task pane too.
  const shipped = [...sourceFiles("addin", /\.(ts|tsx)$/), ...sourceFiles("src", /\.ts$/).filter((f) => !f.startsWith(join("src", "cli")))];
  const ALLOWED_URLS = [OFFICE_SCRIPT_HOST, "http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/", "http://www.w3.org/"];

  it("finds the sources it scans", () => {
    expect(shipped.length).toBeGreaterThan(10);
  });

  it("no XMLHttpRequest, WebSocket, EventSource, sendBeacon or fetch to another origin", () => {
    const offending = shipped.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const hits = [
        ...text.matchAll(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/g),
        ...text.matchAll(/\bfetch\s*\(\s*(?!["'`](?:\.{0,2}\/(?!\/)|[\w-]+\.\w+["'`]))/g),
      ];
      return hits.map((m) => `${file}: ${m[0]}`);
    });
    expect(offending).toEqual([]);
  });

  it("no URL of another origin except Office's script host and XML namespaces", () => {
    const offending = shipped.flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>]+/g)]
        .map((m) => m[0])
        .filter((url) => !ALLOWED_URLS.some((allowed) => url.startsWith(allowed)))
        .map((url) => `${file}: ${url}`),
    );
    expect(offending).toEqual([]);
  });

  it("document text is rendered only through React text nodes (no raw HTML sinks)", () => {
    const offending = shipped.flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\s*\(/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });
});

describe("manifest.xml", () => {
  it("asks for ReadWriteDocument and nothing else", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadItem|WriteDocument<\/Permissions>.*ReadAllDocument/s);
  });
});
