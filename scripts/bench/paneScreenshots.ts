/**
 * Screenshots of the task pane at 340 px — Structure, Citations and Indicators tabs — on seed 000
 * and on one real .docx from the shared corpus, into docs/screenshots/.
 *
 *   npx tsx scripts/bench/paneScreenshots.ts [--dist DIR] [--docx FILE]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { buildPlayground, findChromium, launchChromium, ROOT, serveDir } from "./playgroundBrowser";

const OUT = join(ROOT, "docs/screenshots");
const DEFAULT_DOCX = join(ROOT, "../shared/corpus/docx/ld16_bc-ubnd_tong-ket-chien-luoc-pcmt.docx");
const TABS = ["structure", "citations", "indicators"] as const;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector("[data-testid=pane-root]");
    return root?.getAttribute("data-check-state") === "done" && root.getAttribute("aria-busy") === "false";
  }, null, { timeout: 60_000 });
}

async function shootTabs(page: Page, name: string): Promise<string[]> {
  const files: string[] = [];
  for (const tab of TABS) {
    await page.getByTestId("task-pane").getByTestId(`tab-${tab}`).click();
    await page.waitForTimeout(300);
    const file = join(OUT, `pane-${name}-${tab}.png`);
    await page.getByTestId("task-pane").screenshot({ path: file });
    files.push(file);
  }
  return files;
}

export async function takePaneScreenshots(options: { dist?: string; docx?: string } = {}): Promise<string[]> {
  const executable = findChromium();
  if (!executable) throw new Error("Chromium not found: install it or set CHROMIUM_PATH.");
  const docx = options.docx ?? DEFAULT_DOCX;
  if (!existsSync(docx)) throw new Error(`No such document: ${docx}`);
  const temp = options.dist ? null : mkdtempSync(join(tmpdir(), "soanchuan-shots-"));
  const dist = options.dist ?? buildPlayground(join(temp!, "dist"));
  const { server, url } = await serveDir(dist);
  const browser = await launchChromium(executable);
  mkdirSync(OUT, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
    await page.goto(`${url}?pane=340&seed=000`);
    await settled(page);
    const files = await shootTabs(page, "seed-000");
    await page.getByTestId("doc-file").setInputFiles(docx);
    await page.waitForFunction((name) => document.querySelector("[data-testid=seed-picker]")?.textContent?.includes(name), basename(docx));
    await settled(page);
    files.push(...(await shootTabs(page, basename(docx, ".docx").split("_")[0]!)));
    return files;
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  for (const file of await takePaneScreenshots({ dist: option("--dist"), docx: option("--docx") })) console.log(file.replace(ROOT, ""));
}
