/** One heading recovered from typed markers, Word list numbering or heading styles. */
export interface OutlineEntry {
  paragraph: number;
  /** The marker as written ("II.", "1.2", "PHẦN THỨ NHẤT", "a)"); "" when only a style says it is a heading. */
  marker: string;
  /** 0 = part (PHẦN), 1 = Roman, 2 = "1.", 3 = "1.1.", 4 = "1.1.1." or "a)". */
  level: number;
  /** The number at its own level (II → 2, 1.2 → 2, b → 2); null when unnumbered. */
  number: number | null;
  title: string;
  /** Where the marker came from. */
  source: "typed" | "list" | "style";
  /** Offsets of the marker in the paragraph's original text (list markers: 0..0). */
  markerStart: number;
  markerEnd: number;
}
