/** A plain-text table with a header row, columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]!) : padStart(cell, widths[c]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// Code points, not UTF-16 units, so Vietnamese labels line up.
function width(text: string): number {
  return [...text.normalize("NFC")].length;
}
function padEnd(text: string, w: number): string {
  return text + " ".repeat(Math.max(0, w - width(text)));
}
function padStart(text: string, w: number): string {
  return " ".repeat(Math.max(0, w - width(text))) + text;
}

export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : "—";
}

export function verdict(ok: boolean): string {
  return ok ? "ok" : "MISSED";
}
