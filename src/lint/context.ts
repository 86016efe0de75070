import type { Snapshot } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";
import type { Profile } from "../profile/profile";
import type { KindId, Mode } from "../core/types";
import type { Fixer } from "./fixer";

/**
 * A shared analysis (outline, citations, indicators …): computed at most once per check, on
 * first request, and given to every rule that asks — as ESLint's SourceCode owns its caches.
 */
export interface Analysis<T> {
  readonly id: string;
  compute(ctx: CheckContext): T;
}

export function defineAnalysis<T>(id: string, compute: (ctx: CheckContext) => T): Analysis<T> {
  return { id, compute };
}

/** Data the caller supplies to a check (registry, prior-period data, a template), by key. */
export interface Resource<T> {
  readonly key: string;
  /** Never set: carries the resource's type for `ctx.resource`. */
  readonly type?: T;
}

export function defineResource<T>(key: string): Resource<T> {
  return { key };
}

/** Everything a rule may read. Rules never re-parse the document and never reach for globals. */
export interface CheckContext {
  readonly snapshot: Snapshot;
  readonly profile: Profile;
  readonly kind: KindId;
  readonly mode: Mode;
  /** NFC-normalised text of each paragraph with a map back to original offsets. */
  readonly text: readonly ParagraphText[];
  /** A shared analysis, computed once per check. */
  get<T>(analysis: Analysis<T>): T;
  /** Caller-supplied data; undefined when the caller gave none. */
  resource<T>(resource: Resource<T>): T | undefined;
  /** The one way rules locate text and build edits. */
  readonly fix: Fixer;
}

export interface ContextInit {
  snapshot: Snapshot;
  profile: Profile;
  kind: KindId;
  mode: Mode;
  text: readonly ParagraphText[];
  resources?: Readonly<Record<string, unknown>>;
  fix: Fixer;
}

export function createCheckContext(init: ContextInit): CheckContext {
  const computed = new Map<string, unknown>();
  const running = new Set<string>();
  const resources = init.resources ?? {};
  const ctx: CheckContext = {
    snapshot: init.snapshot,
    profile: init.profile,
    kind: init.kind,
    mode: init.mode,
    text: init.text,
    fix: init.fix,
    get<T>(analysis: Analysis<T>): T {
      if (computed.has(analysis.id)) return computed.get(analysis.id) as T;
      if (running.has(analysis.id)) throw new Error(`analysis "${analysis.id}" depends on itself`);
      running.add(analysis.id);
      try {
        const value = analysis.compute(ctx);
        computed.set(analysis.id, value);
        return value;
      } finally {
        running.delete(analysis.id);
      }
    },
    resource<T>(resource: Resource<T>): T | undefined {
      return resources[resource.key] as T | undefined;
    },
  };
  return ctx;
}
