import type { Severity } from "../../src/core/types";

/**
 * Severity by shape as well as colour (a cross in a circle, a triangle, an "i"), so it reads in
 * high contrast and without colour vision; drawn in currentColor.
 */
export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }) {
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" focusable="false" style={{ flexShrink: 0 }} {...a11y}>
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="Canvas" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1.2L15.2 14.5H0.8z" fill="currentColor" />
          <path d="M8 5.8v4.2" stroke="Canvas" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="1" fill="Canvas" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 7.2v4.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="4.9" r="1" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
