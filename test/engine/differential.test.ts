/**
 * The optimised paths against the plain ones, within one build, on every seed and every .docx of
 * the shared corpus: the incremental checker (cold, fully warm, and after an edit and its undo)
 * gives what a fresh full check gives, and every paragraph normalises as the plain definition says.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/document/read";
import type { Snapshot } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { createChecker } from "../../src/engine/incremental";
import { agreesWithPlainDefinition } from "../support/plainNormalize";

const SOURCES = [
  { dir: "seeds", ext: ".txt" },
  { dir: join("..", "shared", "corpus", "docx"), ext: ".docx" },
];
const FILES = SOURCES.flatMap(({ dir, ext }) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f)),
);

async function load(path: string): Promise<Snapshot> {
  return readDocument(path, new Uint8Array(readFileSync(path)));
}

/** The document with its longest paragraph retyped (a word appended): what a writer's edit does. */
function edited(snapshot: Snapshot): Snapshot {
  const longest = snapshot.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { ...snapshot, paragraphs: snapshot.paragraphs.map((p) => (p === longest ? { ...p, text: p.text + " Quyết định số 12/QĐ-UBND" } : p)) };
}

describe("optimised paths equal the plain ones on the seeds and the corpus", () => {
  it("finds the seeds and the corpus", () => {
    expect(FILES.filter((f) => f.endsWith(".txt")).length).toBeGreaterThan(0);
    expect(FILES.filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(0);
  });

  it.each(FILES)("%s", async (path) => {
    const snapshot = await load(path);
    for (const p of snapshot.paragraphs) agreesWithPlainDefinition(p.text);
    const full = checkDocument(snapshot);
    const checker = createChecker();
    expect(checker.check(snapshot)).toEqual(full);
    expect(checker.check(snapshot)).toEqual(full);
    const changed = edited(snapshot);
    expect(checker.check(changed)).toEqual(checkDocument(changed));
    expect(checker.check(snapshot)).toEqual(full);
  });
});
