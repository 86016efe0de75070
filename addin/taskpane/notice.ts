/** A message the pane shows after an action (what was done, what was refused and why). */
export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  lines: string[];
}
