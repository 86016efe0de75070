import { readFileSync } from "node:fs";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { afterEach, describe, expect, it } from "vitest";
import type { Configuration } from "webpack";
import createConfig from "../../webpack.config";

const manifest = readFileSync(new URL("../../manifest.xml", import.meta.url));

/** Runs the manifest through the copy step of the config built for `mode`. */
function copiedManifest(mode: "production" | "development"): string {
  const config = createConfig({}, { mode }) as Configuration;
  const copy = config.plugins?.find((plugin) => plugin instanceof CopyWebpackPlugin) as unknown as
    | { patterns: { from: string; transform?: (content: Buffer) => Buffer | string }[] }
    | undefined;
  const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("the config copies manifest.xml without a transform");
  return pattern.transform(manifest).toString();
}

describe("webpack.config.ts", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  it("declares the three pages with their fixed entries", () => {
    const config = createConfig({}, { mode: "production" }) as Configuration;
    expect(config.entry).toEqual({
      taskpane: "./addin/taskpane/index.tsx",
      playground: "./addin/playground/index.tsx",
      commands: "./addin/commands/commands.ts",
    });
  });

  it("rewrites the manifest to ADDIN_PUBLIC_URL in production, adding the trailing slash", () => {
    process.env.ADDIN_PUBLIC_URL = "https://addin.example.org/soanchuan";
    const rewritten = copiedManifest("production");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addin.example.org/soanchuan/taskpane.html"/>');
    expect(rewritten).toContain('DefaultValue="https://addin.example.org/soanchuan/commands.html"');
  });

  it("leaves the development manifest on https://localhost:3000", () => {
    process.env.ADDIN_PUBLIC_URL = "https://addin.example.org/";
    expect(copiedManifest("development")).toBe(manifest.toString());
  });

  it("refuses a public URL Office could not load or that would break the XML", () => {
    for (const bad of ["http://addin.example.org/", "https://addin.example.org/?a=1&b=2", "not a url"]) {
      process.env.ADDIN_PUBLIC_URL = bad;
      expect(() => createConfig({}, { mode: "production" }), bad).toThrow();
    }
  });

  it("builds production without source maps, and points SupportUrl at the support page it copies", () => {
    expect((createConfig({}, { mode: "production" }) as Configuration).devtool).toBe(false);
    expect((createConfig({}, { mode: "development" }) as Configuration).devtool).toBe("source-map");
    process.env.ADDIN_PUBLIC_URL = "https://addin.example.org/";
    expect(copiedManifest("production")).toContain('<SupportUrl DefaultValue="https://addin.example.org/support.html"/>');
    const copy = (createConfig({}, { mode: "production" }) as Configuration).plugins?.find((plugin) => plugin instanceof CopyWebpackPlugin) as unknown as {
      patterns: { from: string; to: string }[];
    };
    expect(copy.patterns).toContainEqual({ from: "addin/support/support.html", to: "support.html" });
    const page = readFileSync(new URL("../../addin/support/support.html", import.meta.url), "utf8");
    expect(page).toMatch(/Content-Security-Policy/);
    expect(page).toMatch(/lang="vi"/);
    expect(page).toMatch(/lang="en"/);
  });
});
