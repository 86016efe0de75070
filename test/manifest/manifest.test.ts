import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SchemaDirError, validateManifest } from "../../bin/validate-manifest.mjs";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  expect(changed, `fixture edit must change the manifest (${String(search)})`).not.toBe(text);
  return changed;
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schemas", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("targets Word with WordApi 1.3, ReadWriteDocument and a vi-VN default with en-US overrides", () => {
    expect(manifest).toContain('<Host Name="Document"/>');
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest.match(/Locale="en-US"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it("references only icons that exist in assets/", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const bytes = readFileSync(path.join(repoRoot, icon));
      expect(bytes.subarray(1, 4).toString("latin1"), icon).toBe("PNG");
    }
  });

  it("fails on a misspelled element", async () => {
    const broken = replaceOnce(manifest, '<ExtensionPoint xsi:type="PrimaryCommandSurface">', '<ExtensionPiont xsi:type="PrimaryCommandSurface">')
      .replace("</ExtensionPoint>", "</ExtensionPiont>");
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.message).toMatch(/ExtensionPiont': This element is not expected\. Expected is \(.*ExtensionPoint \)/);
    expect(result.errors[0]?.line).toBe(broken.split("\n").findIndex((l) => l.includes("<ExtensionPiont")) + 1);
  });

  it("fails when <Id> is missing", async () => {
    const result = await validateManifest(replaceOnce(manifest, /\s*<Id>[^<]*<\/Id>/, ""));
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.message).toMatch(/Version': This element is not expected\. Expected is \(.*Id \)/);
  });

  it("fails on a malformed <Version>", async () => {
    const result = await validateManifest(replaceOnce(manifest, /<Version>[^<]*<\/Version>/, "<Version>abc</Version>"));
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.message).toContain("The value 'abc' is not accepted by the pattern");
  });

  it("reports a missing schema folder clearly instead of passing", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "no-schemas-"));
    try {
      await expect(validateManifest(manifest, { schemaDir: empty })).rejects.toThrow(SchemaDirError);
      await expect(validateManifest(manifest, { schemaDir: empty })).rejects.toThrow(/schemas not found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
