import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { officeDocumentSettings } from "../../addin/word/documentSettings";

/** Office's settings object as office.js gives it: values in memory until saveAsync reports back. */
function officeSettings(outcome: "succeeded" | "failed") {
  const values = new Map<string, unknown>();
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (name: string) => (values.has(name) ? values.get(name) : null),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
      if (outcome === "succeeded") saved.push(Object.fromEntries(values));
      setTimeout(() => callback(outcome === "succeeded" ? { status: "succeeded" } : { status: "failed", error: { message: "The document is read-only." } }));
    },
  };
  return { settings: settings as unknown as Office.Settings, saved };
}

describe("Office document settings behind the pane's interface", () => {
  const office = globalThis as { Office?: unknown };
  beforeEach(() => {
    office.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
  });
  afterEach(() => {
    delete office.Office;
  });

  it("sets, saves into the document and reads back", async () => {
    const { settings, saved } = officeSettings("succeeded");
    const wrapped = officeDocumentSettings(settings);
    expect(wrapped.get("soanchuan.ignored")).toBeNull();
    wrapped.set("soanchuan.ignored", ["a|b"]);
    await wrapped.save();
    expect(saved).toEqual([{ "soanchuan.ignored": ["a|b"] }]);
    expect(wrapped.get("soanchuan.ignored")).toEqual(["a|b"]);
  });

  it("rejects when Office cannot save, with Office's message", async () => {
    const wrapped = officeDocumentSettings(officeSettings("failed").settings);
    wrapped.set("soanchuan.ignored", []);
    await expect(wrapped.save()).rejects.toThrow("The document is read-only.");
  });
});
