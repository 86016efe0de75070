import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/document/read";
import type { Snapshot } from "../../src/document/snapshot";

export const MIB = 1024 * 1024;

/** One input of the benchmark: the text (what markdownlint and the regex floor see) and its snapshot. */
export interface BenchInput {
  name: string;
  text: string;
  bytes: number;
  snapshot: Snapshot;
}

export async function loadSeeds(dir: string): Promise<BenchInput[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const inputs: BenchInput[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const snapshot = await readDocument(file, new Uint8Array(bytes));
    inputs.push({ name: file, text: bytes.toString("utf8"), bytes: bytes.length, snapshot });
  }
  return inputs;
}

/**
 * A long report made of the seeds' paragraphs, cycled in order until the UTF-8 size reaches
 * `megabytes` MiB: the same mix of headings, citations and figures as the real reports.
 */
export async function synthesize(seeds: readonly BenchInput[], megabytes: number): Promise<BenchInput> {
  const paragraphs = seeds.flatMap((s) => s.snapshot.paragraphs.map((p) => p.text));
  const target = megabytes * MIB;
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i = (i + 1) % paragraphs.length) {
    const line = paragraphs[i]!;
    lines.push(line);
    size += Buffer.byteLength(line, "utf8") + 1;
  }
  const text = lines.join("\n") + "\n";
  const name = `synthetic-${megabytes}MB.txt`;
  const encoded = new TextEncoder().encode(text);
  return { name, text, bytes: encoded.length, snapshot: await readDocument(name, encoded) };
}
