/**
 * Citations per second: detection + analysis (analyzeCitations) and the citation rules, on the
 * sample reports and on a large synthetic report. Run: npx tsx scripts/bench-citations.ts
 */
import { readFileSync } from "node:fs";
import { readText } from "../src/document/readText";
import { snapshotFromLines, type Snapshot } from "../src/document/snapshot";
import { normalizeParagraph } from "../src/text/normalize";
import { PROFILES } from "../src/profile/profile";
import { citationRules } from "../src/citations/index";
import { analyzeCitations } from "../src/citations/analysis";
import { CitationRegistry } from "../src/citations/registry";
import { createContext } from "../src/engine/check";
import { runRules } from "../src/lint/runner";

const SEEDS = ["seeds/000_e6240ef1ee1503f8.txt", "seeds/001_87ee4238b5bec2d9.txt", "seeds/003_107d5b72e63935bb.txt", "seeds/004_eaaba1bef0b0e863.txt"];

const SENTENCES = [
  "Tiếp tục thực hiện Nghị quyết số {n}-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.",
  "Triển khai Kế hoạch {n}-KH/TU, ngày 8/6/2018 của BTV Thành ủy về “Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị”.",
  "Sơ kết Nghị quyết số {n}/NQ-TU ngày 01/11/2011 của Thành ủy và Quyết định số {n}/QĐ-UBND ngày 12/01/2021 của UBND thị xã.",
  "Thực hiện Quyết định {n}, {m} của Bộ Chính trị gắn với Nghị quyết Trung ương 4 khóa XII và Nghị định số 30/2020/NĐ-CP.",
  "Tổng mức bán lẻ hàng hóa ước thực hiện 17.592 tỷ đồng, đạt 51,6% kế hoạch năm và tăng 12,4% so với cùng kỳ năm trước.",
];

function synthetic(paragraphs: number): Snapshot {
  const lines: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const n = 10 + (i % 900);
    lines.push(SENTENCES[i % SENTENCES.length].replaceAll("{n}", String(n)).replaceAll("{m}", String(n + 1)));
  }
  return snapshotFromLines(lines, "synthetic");
}

function measure(label: string, snapshot: Snapshot, rounds: number): void {
  const profile = PROFILES["party-2018"];
  let citations = 0;
  const began = performance.now();
  for (let r = 0; r < rounds; r += 1) {
    const text = snapshot.paragraphs.map((p) => normalizeParagraph(p.text));
    citations += analyzeCitations(text, profile, CitationRegistry.withBundled()).records.length;
  }
  const detectMs = performance.now() - began;
  let findings = 0;
  const rulesBegan = performance.now();
  for (let r = 0; r < rounds; r += 1) {
    const { ctx } = createContext(snapshot, { profile: "party-2018" });
    findings += runRules(citationRules, ctx).length;
  }
  const rulesMs = performance.now() - rulesBegan;
  const perRound = citations / rounds;
  console.log(
    `${label.padEnd(34)} ${String(snapshot.paragraphs.length).padStart(6)} paragraphs ${String(perRound).padStart(6)} citations | ` +
      `detect ${Math.round(citations / (detectMs / 1000)).toLocaleString("en-US").padStart(9)} citations/s | ` +
      `detect + rules ${Math.round(citations / (rulesMs / 1000)).toLocaleString("en-US").padStart(9)} citations/s (${findings / rounds} findings)`,
  );
}

for (const path of SEEDS) measure(path, readText(readFileSync(path), path), 50);
measure("synthetic report", synthetic(20000), 3);
