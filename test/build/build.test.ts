import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { productionBuild } from "../support/build";
import { validateManifest } from "../../bin/validate-manifest.mjs";

describe("npm run build", () => {
  it("produces the task pane, playground and command pages, assets and the manifest", async () => {
    const dist = await productionBuild();
    const files = readdirSync(dist);
    for (const page of ["taskpane.html", "playground.html", "commands.html", "manifest.xml"]) expect(files).toContain(page);
    expect(readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(5);
    const taskpane = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(taskpane).toMatch(/<script[^>]+src="?taskpane\.[0-9a-f]+\.js/);
  }, 300_000);

  it("rewrites every development URL of the manifest to the production URL", async () => {
    const manifest = readFileSync(join(await productionBuild(), "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain("https://soanchuan.example.vn/taskpane.html");
    expect(manifest).toContain("https://soanchuan.example.vn/assets/icon-32.png");
  }, 300_000);

  it("keeps the production manifest valid against the schemas", async () => {
    const result = await validateManifest(readFileSync(join(await productionBuild(), "manifest.xml"), "utf8"));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }, 300_000);

  it("puts a content security policy on every page: own origin, plus Office's script host for Office pages", async () => {
    const dist = await productionBuild();
    const policy = (page: string) => /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(readFileSync(join(dist, page), "utf8"))?.[1] ?? "";
    expect(policy("taskpane.html")).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy("taskpane.html")).toContain("default-src 'self'");
    expect(policy("playground.html")).toContain("script-src 'self';");
    expect(policy("playground.html")).not.toContain("appsforoffice");
  }, 300_000);
});
