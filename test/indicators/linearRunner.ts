/**
 * Times indicator extraction on one generated paragraph, in a process of its own (so another
 * class's garbage does not bill this one): `node --expose-gc --import tsx linearRunner.ts CLASS
 * BYTES…` prints the least time of each size in milliseconds, the sizes measured in alternation,
 * each run after a collection (test/support/leastTime.ts). Used by extract.timing.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractIndicators } from "../../src/indicators/extract";
import { normalizeParagraph, type ParagraphText } from "../../src/text/normalize";
import { leastMsEach } from "../support/leastTime";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
let seedLines: string[] | null = null;

/** The seeds' non-empty lines, in order: real report sentences for the joined-paragraph class. */
function seedLine(i: number): string {
  seedLines ??= readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(SEEDS + f, "utf8").split("\n"))
    .filter((line) => line.trim() !== "");
  return seedLines[i % seedLines.length] + " ";
}

export const CLASSES: Record<string, (i: number) => string> = {
  "footnote-bodies": (i) => `[${i}: a] `,
  "seed text joined into one paragraph": seedLine,
  "periods-amounts-changes": () => "6 tháng, 1 tỷ, năm 2020, quý I, tăng 1,2%, ",
  shares: (i) => `có ${i % 40}/49 TCCS đảng hoàn thành (chiếm 12,2%), trong đó 09 chi bộ (chiếm 18,3%); `,
};

function paragraphOf(piece: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 1; length < bytes; i += 1) {
    const next = piece(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join("").slice(0, bytes);
}

const [name, ...sizes] = process.argv.slice(2);
if (name) {
  const workloads = sizes.map((size) => {
    const text = paragraphOf(CLASSES[name], Number(size));
    // A fresh paragraph per run: a paragraph held for the pane's re-check keeps its scan, which
    // would time the memo instead of the extraction.
    return { prepare: () => [normalizeParagraph(text)], run: (paragraphs: ParagraphText[]) => extractIndicators(paragraphs, []) };
  });
  for (const { prepare, run } of workloads) run(prepare()); // warm up
  const times = await leastMsEach(workloads);
  console.log(times.map((ms) => ms.toFixed(2)).join(" "));
}
