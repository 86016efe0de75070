import { startTransition, useCallback, useEffect, useState } from "react";

/** Slices waiting to be drawn, in turn: one a frame for the whole page, so two lists never lay out in the same frame. */
const waiting = new Set<() => void>();
let frame: number | null = null;

function takeTurn(): void {
  frame = null;
  const [slice] = waiting;
  if (!slice) return;
  waiting.delete(slice);
  slice();
  if (waiting.size > 0) frame = requestAnimationFrame(takeTurn);
}

/** Draws `slice` at the start of a coming frame, after the slices already waiting; the result cancels it. */
function inTurn(slice: () => void): () => void {
  waiting.add(slice);
  frame ??= requestAnimationFrame(takeTurn);
  return () => {
    waiting.delete(slice);
  };
}

/**
 * How much of `total` (items, characters…) to draw: `first` at once, then `next(drawn)` a frame
 * until all is drawn, so a long list is styled and laid out in several short tasks instead of one
 * long one. Once all is drawn, or after `drawAll`, everything is, including what comes later.
 * `next` must be a stable function (a module-level one).
 */
export function useGradualDrawing(total: number, first: number, next: (drawn: number) => number): { drawn: number; drawAll(): void } {
  const [drawn, setDrawn] = useState(() => (first >= total ? Infinity : first));
  useEffect(() => {
    if (drawn === Infinity) return;
    if (drawn >= total) {
      setDrawn(Infinity);
      return;
    }
    // Rendered after the frame has laid out the last slice; urgent updates go first.
    return inTurn(() =>
      startTransition(() =>
        setDrawn((n) => {
          const more = next(n);
          return more >= total ? Infinity : more;
        }),
      ),
    );
  }, [drawn, total, next]);
  const drawAll = useCallback(() => setDrawn(Infinity), []);
  return { drawn, drawAll };
}
