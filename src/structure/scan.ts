/** Regex scanning over paragraphs with offsets mapped back to the original text. */
import type { CheckContext } from "../lint/context";
import { STRUCTURE } from "./analysis";

export interface Hit {
  paragraph: number;
  match: RegExpExecArray;
  /** Original offsets of the whole match. */
  start: number;
  end: number;
}

/**
 * Runs a global regex over the normalised text of the given paragraphs. `accept`, when given,
 * decides as each hit is found whether it is kept (a huge paragraph's rejected hits are never held).
 */
export function scan(ctx: CheckContext, pattern: RegExp, paragraphs: Iterable<number>, accept?: (hit: Hit) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const paragraph of paragraphs) {
    const t = ctx.text[paragraph];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(t.normalized); m; m = pattern.exec(t.normalized)) {
      if (m[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const [start, end] = t.span(m.index, m.index + m[0].length);
      const hit = { paragraph, match: m, start, end };
      if (!accept || accept(hit)) hits.push(hit);
    }
  }
  return hits;
}

/**
 * The same hits as scan(ctx, pattern, paragraphs) for a pattern that is slow to try at every
 * offset (look-behinds, property classes): the global `hint`, cheap to search for, proposes the
 * offsets and the sticky `pattern` is tried only there. Valid when every match of `pattern`
 * starts where `hint` matches, and `hint` never starts on a surrogate.
 */
export function scanAt(ctx: CheckContext, pattern: RegExp, hint: RegExp, paragraphs: Iterable<number>, accept?: (hit: Hit) => boolean): Hit[] {
  const hits: Hit[] = [];
  forEachHitAt(ctx, pattern, hint, paragraphs, (hit) => {
    if (!accept || accept(hit)) hits.push(keptHit(hit));
  });
  return hits;
}

/**
 * A copy of a hit to keep beyond `visit`. V8 learns from an allocation site whose objects survive
 * to allocate them in the old generation from then on: if the hits of a short paragraph (all
 * kept) and of a megabyte one (almost all dropped) came from one site, a check after a few small
 * ones would put the megabyte's 500,000 passing hits in the old generation (its spacing rule: ~60
 * → ~240 ms). Kept hits are made here; forEachHitAt's own die young.
 */
export function keptHit(hit: Hit): Hit {
  return { paragraph: hit.paragraph, match: hit.match, start: hit.start, end: hit.end };
}

/** scanAt's hits handed to `visit` one by one as they are found, none held: copy one to keep it (keptHit). */
export function forEachHitAt(ctx: CheckContext, pattern: RegExp, hint: RegExp, paragraphs: Iterable<number>, visit: (hit: Hit) => void): void {
  for (const paragraph of paragraphs) {
    const t = ctx.text[paragraph];
    hint.lastIndex = 0;
    for (let candidate = hint.exec(t.normalized); candidate; candidate = hint.exec(t.normalized)) {
      pattern.lastIndex = candidate.index;
      const m = pattern.exec(t.normalized);
      if (!m || m[0].length === 0) {
        hint.lastIndex = candidate.index + 1;
        continue;
      }
      const [start, end] = t.span(m.index, m.index + m[0].length);
      visit({ paragraph, match: m, start, end });
      hint.lastIndex = m.index + m[0].length;
    }
  }
}

export function allParagraphs(ctx: CheckContext): number[] {
  return ctx.text.map((_, i) => i);
}

/** Running text: the body plus the closing sentence (header, signature and recipients excluded). */
export function textParagraphs(ctx: CheckContext): number[] {
  const { layout } = ctx.get(STRUCTURE);
  const list: number[] = [];
  for (let i = layout.bodyStart; i < layout.bodyEnd; i += 1) list.push(i);
  if (layout.closingSentence !== null && layout.closingSentence >= layout.bodyEnd) list.push(layout.closingSentence);
  return list;
}
