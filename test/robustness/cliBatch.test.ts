/**
 * The command line over batches and shared files: a bad file is named and skipped, stdout
 * closed early ends quietly, library diagnostics stay hidden, and concurrent writers of one
 * store or registry never lose an update.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withFileLock, writeFileAtomic } from "../../src/cli/fileSafety";
import { CitationRegistry } from "../../src/citations/registry";
import type { CitationRecord } from "../../src/citations/types";
import { makeDocx, oleCompoundFile, runCli, tempDir } from "./fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = `${ROOT}seeds/001_87ee4238b5bec2d9.txt`;

let files: ReturnType<typeof tempDir>;
beforeEach(() => {
  files = tempDir();
});
afterEach(() => {
  files.dispose();
  vi.restoreAllMocks();
});

function write(name: string, bytes: Uint8Array | string): string {
  const path = files.path(name);
  writeFileSync(path, bytes);
  return path;
}

const REPORT = ["BÁO CÁO", "I. Kết quả", "Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị"];

describe("one bad file does not stop the batch", () => {
  it("checks the files around it, names it, saves the registry and exits 2", async () => {
    const a = write("a.docx", await makeDocx(REPORT));
    const bad = write("bad.docx", oleCompoundFile());
    const broken = write("broken.docx", await makeDocx([], "<w:document><w:body><w:p>"));
    const c = write("c.txt", REPORT.join("\n"));
    const registry = files.path("registry.json");
    const run = await runCli(["check", a, bad, broken, c, "--json", "--registry", registry]);
    expect(run.code).toBe(2);
    expect(run.out.split("\n").map((line) => JSON.parse(line).file)).toEqual([a, c]);
    expect(run.err).toMatch(/bad\.docx: Lỗi/);
    expect(run.err).toMatch(/broken\.docx: Lỗi/);
    expect(JSON.parse(readFileSync(registry, "utf8")).entries.map((e: { source: { label: string } }) => e.source.label)).toContain("a.docx");
  });

  it("prints none of the XML parser's own diagnostics", async () => {
    const spies = (["log", "warn", "error", "info"] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    const run = await runCli(["check", write("x.docx", await makeDocx([], "<w:document><w:body><w:p></w:body>&bogus;</w:document>"))]);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/\[xmldom/);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("rejects an unknown --lang", async () => {
    const run = await runCli(["check", SEED, "--lang", "xx"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/unknown language "xx"/);
    expect(run.out).toBe("");
  });
});

describe("a closed standard output", () => {
  function runBin(args: string[], readBytes: number | null): Promise<{ code: number | null; stderr: string; stdout: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [`${ROOT}bin/soanchuan.mjs`, ...args], { cwd: ROOT });
      let stdout = "";
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        // Like `| head -c N`: take what is needed, then close the pipe.
        if (readBytes !== null && stdout.length >= readBytes) child.stdout.destroy();
      });
      child.on("close", (code) => resolve({ code, stderr, stdout }));
    });
  }

  it("ends quietly with the status the results imply (| head -c 100)", async () => {
    const args = ["check", SEED, SEED, SEED, "--json"];
    const full = await runBin(args, null);
    const cut = await runBin(args, 100);
    expect(cut.stderr).toBe("");
    expect(cut.code).toBe(full.code);
    expect(full.code).toBe(1);
  }, 120_000);
});

describe("files the command line writes", () => {
  const csv = (name: string, value: number) => new TextEncoder().encode(`Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${name};tỷ đồng;năm 2020;${value}\n`);

  it("concurrent imports into one store are serialised: no import is lost", async () => {
    const store = files.path("prior.json");
    const sources = Array.from({ length: 6 }, (_, i) => write(`s${i}.csv`, csv(`Chỉ tiêu ${i}`, 100 + i)));
    const runs = await Promise.all(sources.map((source) => runCli(["data", "import", source, "--data", store])));
    expect(runs.map((r) => r.code)).toEqual(sources.map(() => 0));
    const names = JSON.parse(readFileSync(store, "utf8")).values.map((v: { name: string }) => v.name).sort();
    expect(names).toEqual(sources.map((_, i) => `Chỉ tiêu ${i}`).sort());
    expect(readdirSync(files.dir).filter((f) => f.includes("prior"))).toEqual(["prior.json"]);
  });

  it("concurrent checks sharing a registry leave valid JSON holding both reports", async () => {
    const registry = files.path("registry.json");
    const one = write("one.txt", REPORT.join("\n"));
    const two = write("two.txt", ["BÁO CÁO", "I. Kết quả", "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị"].join("\n"));
    await Promise.all([runCli(["check", one, "--registry", registry]), runCli(["check", two, "--registry", registry])]);
    const labels = JSON.parse(readFileSync(registry, "utf8")).entries.map((e: { source: { label: string } }) => e.source.label).sort();
    expect(labels).toEqual(["one.txt", "two.txt"]);
  });

  it("a writer that cannot get the lock reports a conflict and writes nothing", async () => {
    const target = write("held.json", "{}");
    writeFileSync(`${target}.lock`, String(process.pid)); // held by a live process
    const error = await withFileLock(target, async () => writeFileAtomic(target, "changed"), 100).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-conflict" });
    expect(readFileSync(target, "utf8")).toBe("{}");
  });

  it("a lock left by a process that is gone is taken over", async () => {
    const target = write("stale.json", "{}");
    writeFileSync(`${target}.lock`, "2147483646");
    await withFileLock(target, async () => writeFileAtomic(target, "changed"), 100);
    expect(readFileSync(target, "utf8")).toBe("changed");
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it("a typed 400-digit value is refused and the store stays readable", async () => {
    const store = files.path("prior.json");
    expect((await runCli(["data", "add", "--data", store, "--name", "Thu ngân sách", "--period", "năm 2020", "--value", "100"])).code).toBe(0);
    const before = readFileSync(store);
    const run = await runCli(["data", "add", "--data", store, "--name", "Chi ngân sách", "--period", "năm 2020", "--value", "9".repeat(400)]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/không phải là một số hữu hạn/);
    expect(run.err).toMatch(/not a finite number/);
    expect(readFileSync(store).equals(before)).toBe(true);
    expect((await runCli(["data", "list", "--data", store])).code).toBe(0);
  });
});

describe("a registry shared by many files", () => {
  const citation = (date: string): CitationRecord =>
    ({ symbol: "35-NQ/TW", date, type: "Nghị quyết", issuer: "Bộ Chính trị", paragraph: 2, text: "Nghị quyết số 35-NQ/TW" }) as unknown as CitationRecord;

  it("keeps a bounded number of sources per fact, so lookups do not grow with the files checked", () => {
    const sizes = [500, 2000].map((files) => {
      const registry = CitationRegistry.withBundled();
      for (let i = 0; i < files; i += 1) registry.learnFromDocument(`r${i}.txt`, [citation(i % 2 ? "2018-10-22" : "2018-10-23")]);
      return registry.lookup("35-NQ/TW").length;
    });
    expect(sizes[1]).toBe(sizes[0]);
    expect(sizes[0]).toBeLessThanOrEqual(CitationRegistry.withBundled().lookup("35-NQ/TW").length + 6);
  });
});
