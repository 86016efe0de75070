import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const SEED_000 = "seeds/000_e6240ef1ee1503f8.txt";
const SEED_004 = "seeds/004_eaaba1bef0b0e863.txt";

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, io);
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "soanchuan-cli-"));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe("soanchuan check --json", () => {
  it("prints exactly one JSON object per file with the documented fields", async () => {
    const { out } = await run("check", SEED_000, SEED_004, "--json");
    expect(out).toHaveLength(2);
    const [first, second] = out.map((line) => JSON.parse(line));
    for (const key of ["file", "profile", "kind", "mode", "paragraphs", "findings", "outline", "citations", "documents", "indicators"]) {
      expect(first).toHaveProperty(key);
    }
    expect(first).toMatchObject({ file: SEED_000, profile: "party-2018", mode: "draft", paragraphs: 92, issuer: "THÀNH UỶ ĐÔNG HÀ" });
    expect(second).toMatchObject({ file: SEED_004, profile: "state", issuer: null });
  });

  it("honours --profile and --mode overrides", async () => {
    const { out } = await run("check", SEED_000, "--json", "--profile", "party-2026", "--mode", "final");
    expect(JSON.parse(out[0])).toMatchObject({ profile: "party-2026", mode: "final" });
  });

  it("exits 0 on a clean document", async () => {
    const path = write("clean.txt", "Một đoạn văn ngắn không có gì đặc biệt.\n");
    const { code, out } = await run("check", path, "--json");
    expect(JSON.parse(out[0]).findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("soanchuan check bad input (exit 2 with a clear message)", () => {
  it.each([
    ["a missing file", () => join(tmp, "nope.txt"), /Không tìm thấy/],
    ["an unknown extension", () => write("a.pdf", "x"), /Không hỗ trợ loại tệp/],
    ["a corrupt .docx", () => write("bad.docx", "not a zip"), /bị hỏng/],
    ["an empty document", () => write("empty.txt", ""), /không có nội dung/],
  ])("%s", async (_, makePath, message) => {
    const { code, err } = await run("check", makePath(), "--json");
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("rejects unknown options, profiles and an invalid config", async () => {
    expect((await run("check", SEED_000, "--bogus")).code).toBe(2);
    expect((await run("check", SEED_000, "--profile", "party-1990")).code).toBe(2);
    expect((await run("check")).code).toBe(2);
    const config = write("bad-config.json", '{"rules": {"x": "loud"}}');
    const result = await run("check", SEED_000, "--config", config);
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toMatch(/rule "x"/);
  });

  it("keeps checking the other files and still exits 2", async () => {
    const { code, out } = await run("check", join(tmp, "nope.txt"), SEED_004, "--json");
    expect(code).toBe(2);
    expect(out).toHaveLength(1);
  });

  it("rejects an unknown command", async () => {
    expect((await run("frobnicate")).code).toBe(2);
  });
});

describe("soanchuan human output", () => {
  it("heads the report with the profile and counts in Vietnamese, English on request", async () => {
    const vi = await run("check", SEED_004);
    expect(vi.out.join("\n")).toMatch(/hồ sơ state.*\n[\s\S]*Tổng: \d+ lỗi/);
    const en = await run("check", SEED_004, "--lang", "en");
    expect(en.out.join("\n")).toMatch(/profile state[\s\S]*Total: \d+ errors/);
  });
});

describe("soanchuan check --template", () => {
  const orgTemplate = {
    id: "org-six-month",
    kind: "six-month",
    system: "party",
    source: "written for this test",
    sections: [
      { id: "results", wordings: ["kết quả"] },
      { id: "lessons", label: { vi: "Bài học kinh nghiệm", en: "Lessons" }, wordings: ["bài học kinh nghiệm"] },
    ],
  };

  it("replaces the built-in template: a section only the organisation requires is reported missing", async () => {
    const builtIn = JSON.parse((await run("check", SEED_000, "--json")).out[0]);
    expect(builtIn.findings.filter((f: { ruleId: string }) => f.ruleId === "sections/missing")).toEqual([]);
    const path = write("org-template.json", JSON.stringify(orgTemplate));
    const withOrg = JSON.parse((await run("check", SEED_000, "--json", "--template", path)).out[0]);
    const missing = withOrg.findings.filter((f: { ruleId: string }) => f.ruleId === "sections/missing");
    expect(missing.map((f: { message: { vi: string } }) => f.message.vi).join("\n")).toMatch(/Bài học kinh nghiệm/);
  });

  it("keeps a rule the user switched off", async () => {
    const template = write("org-template2.json", JSON.stringify(orgTemplate));
    const config = write("off.json", JSON.stringify({ rules: { "sections/missing": "off" } }));
    const result = JSON.parse((await run("check", SEED_000, "--json", "--template", template, "--config", config)).out[0]);
    expect(result.findings.filter((f: { ruleId: string }) => f.ruleId === "sections/missing")).toEqual([]);
  });

  it("refuses an invalid template with exit 2", async () => {
    const path = write("bad-template.json", JSON.stringify({ id: "x", kind: "six-month", sections: [] }));
    const { code, err } = await run("check", SEED_000, "--template", path);
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(/Error: Template: /);
  });
});

describe("soanchuan check --data", () => {
  const addPlan = async (file: string, value: string) => {
    const path = join(tmp, file);
    const added = await run("data", "add", "--data", path, "--name", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "--period", "năm 2021", "--value", value, "--unit", "tỷ đồng", "--plan");
    expect(added.code).toBe(0);
    return path;
  };
  const planFindings = (out: string[]) =>
    JSON.parse(out[0]).findings.filter((f: { ruleId: string }) => f.ruleId === "indicator/plan-share-mismatch") as { paragraph: number; text: string; message: { vi: string } }[];

  it("checks a stated share of plan against the plan in the data, showing the computation", async () => {
    const findings = planFindings((await run("check", SEED_000, "--json", "--data", await addPlan("plan-off.json", "34000"))).out);
    expect(findings.map((f) => [f.paragraph, f.text])).toEqual([[17, "51,6"]]);
    expect(findings[0].message.vi).toContain("17.592 / 34.000 = 51,74 %");
  });

  it("is silent when the share matches the plan, and without data", async () => {
    expect(planFindings((await run("check", SEED_000, "--json", "--data", await addPlan("plan-ok.json", "34093"))).out)).toEqual([]);
    expect(planFindings((await run("check", SEED_000, "--json")).out)).toEqual([]);
  });

  it("refuses a missing or corrupt data file with exit 2", async () => {
    expect((await run("check", SEED_000, "--data", join(tmp, "none.json"))).code).toBe(2);
    expect((await run("check", SEED_000, "--data", write("corrupt.json", "{not json"))).code).toBe(2);
  });
});
