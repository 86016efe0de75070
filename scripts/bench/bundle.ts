import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  files: string[];
  raw: number;
  gzip: number;
}

/** Newest modification time of any file under the given paths (skipping node_modules). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "node_modules") visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/**
 * Makes sure dist/ holds a production build at least as new as the sources: reuses it when
 * fresh, otherwise runs `npm run build`. Returns a reason when no build can be had.
 */
export function ensureBuild(root: string): string | null {
  if (!existsSync(join(root, "webpack.config.ts"))) return "not measured: no webpack.config.ts in the repository yet";
  const dist = join(root, "dist");
  const sources = newestMtime(["addin", "src", "data", "webpack.config.ts", "package.json"].map((p) => join(root, p)));
  const built = existsSync(join(dist, "taskpane.html")) ? statSync(join(dist, "taskpane.html")).mtimeMs : 0;
  if (built >= sources) return null;
  try {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "pipe", timeout: 300_000, env: { ...process.env, NODE_ENV: "production" } });
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split("\n").slice(-3).join(" | ");
    return `not measured: npm run build failed (${detail.slice(0, 200)})`;
  }
  return existsSync(join(dist, "taskpane.html")) ? null : "not measured: the build wrote no dist/taskpane.html";
}

/** The scripts and styles a built HTML page loads from dist/ (Office's hosted script excluded). */
export function pageAssets(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!);
  return refs
    .filter((ref) => !/^(?:[a-z]+:)?\/\//i.test(ref))
    .map((ref) => ref.replace(/^\.?\//, "").split(/[?#]/)[0]!)
    .filter((ref) => /\.(?:js|css)$/.test(ref) && existsSync(join(dist, ref)));
}

export function bundleSize(dist: string, page: string): BundleSize {
  const files = pageAssets(dist, page);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
