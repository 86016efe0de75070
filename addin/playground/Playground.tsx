import { useDeferredValue, useMemo, useState } from "react";
import { Field, FluentProvider, MessageBar, MessageBarBody, Select, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { readText } from "../../src/document/readText";
import type { Snapshot } from "../../src/document/snapshot";
import { FakeWordHost, type SettingsShelf } from "../word/fakeWord";
import { WordGateway } from "../word/gateway";
import { errorText, type Language } from "../taskpane/i18n";
import { Root } from "../taskpane/Root";
import { defaultEngine } from "../taskpane/engine/engineClient";
import { ignoreStorage, type IgnoreStorage } from "../taskpane/state/ignores";
import { DocumentView } from "./DocumentView";
import { SEEDS, type Seed } from "./seeds";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh", fontFamily: tokens.fontFamilyBase },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    alignItems: "flex-end",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  main: { display: "grid", minHeight: 0 },
  // Each column lays out on its own: redrawing the pane does not re-lay the document, and back.
  document: { overflowY: "auto", backgroundColor: "#e9e9ee", padding: tokens.spacingHorizontalL, contain: "strict" },
  pane: { overflowY: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, contain: "strict" },
});

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

interface Loaded {
  id: number;
  name: string;
  host: FakeWordHost;
  gateway: WordGateway;
  /** Ignores kept in the simulated document's settings, as the real pane keeps them in the document. */
  storage: IgnoreStorage;
}

let loads = 0;

/**
 * The simulated document's saved settings, kept in localStorage under its name: a reload opens
 * "the same file" with what was saved in it, as Word reads settings back from the .docx.
 */
function localShelf(name: string): SettingsShelf {
  const key = `soanchuan-playground-settings:${name}`;
  return {
    read: () => {
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? "{}") as unknown;
        return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    },
    write: (values) => localStorage.setItem(key, JSON.stringify(values)),
  };
}

/** `settings: false` plays a host without document settings: ignores then go to IndexedDB. */
function load(name: string, snapshot: Snapshot, wordApi: string, settings: boolean): Loaded {
  const host = new FakeWordHost(snapshot, { WordApi: wordApi }, { settings: settings && localShelf(name) });
  return { id: ++loads, name, host, gateway: new WordGateway(host), storage: ignoreStorage(host.settings, `playground:${name}`) };
}

function seedSource(seed: Seed): { name: string; snapshot: Snapshot } {
  return { name: seed.id, snapshot: readText(encode(seed.text), `${seed.id}.txt`) };
}

/**
 * The real task pane over a simulated Word document: for demos and end-to-end tests.
 * `initialSeed` (the page's ?seed=001) opens on that sample instead of the first; `paneWidth`
 * (?pane=340) sets the task pane's width, as Word users size it; `documentSettings` false plays a
 * host without document settings.
 */
export function Playground({
  initialLanguage,
  initialSeed,
  paneWidth = 400,
  documentSettings = true,
}: {
  initialLanguage: Language;
  initialSeed?: string | null;
  paneWidth?: number;
  documentSettings?: boolean;
}) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [wordApi, setWordApi] = useState("1.4");
  const [source, setSource] = useState<{ name: string; snapshot: Snapshot }>(() =>
    seedSource(SEEDS.find((s) => s.id === initialSeed) ?? SEEDS[0]!),
  );
  const [error, setError] = useState<string | null>(null);
  const loaded = useMemo(() => load(source.name, source.snapshot, wordApi, documentSettings), [source, wordApi, documentSettings]);
  // In Word the pane does not draw the document: the simulated one is drawn after the pane has
  // started its check, in slices, so drawing it neither delays the check nor blocks the pane.
  const drawn = useDeferredValue(loaded);
  // One engine worker for the page: a new document reuses it, warm.
  const engine = useMemo(() => defaultEngine(), []);

  const pickSeed = (id: string) => {
    const seed = SEEDS.find((s) => s.id === id);
    if (seed) setSource(seedSource(seed));
  };

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setError(null);
      setSource({ name: file.name, snapshot: await engine.read(file.name, new Uint8Array(await file.arrayBuffer())) });
    } catch (e) {
      setError(errorText(e, language));
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.shell}>
        <header className={styles.bar}>
          <strong>Soạn Chuẩn — playground</strong>
          <Field label="Văn bản mẫu / Sample">
            <Select value={SEEDS.some((s) => s.id === source.name) ? source.name : ""} onChange={(_, d) => pickSeed(d.value)} data-testid="seed-picker">
              {!SEEDS.some((s) => s.id === source.name) && <option value="">{source.name}</option>}
              {SEEDS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Tệp / File (.docx, .txt)">
            <input type="file" accept=".docx,.txt,.md" onChange={(e) => void pickFile(e.target.files?.[0])} data-testid="doc-file" />
          </Field>
          <Field label="Ngôn ngữ / Language">
            <Select value={language} onChange={(_, d) => setLanguage(d.value as Language)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </Field>
          <Field label="Word API">
            <Select value={wordApi} onChange={(_, d) => setWordApi(d.value)} data-testid="word-api">
              <option value="1.3">WordApi 1.3</option>
              <option value="1.4">WordApi 1.4</option>
              <option value="1.5">WordApi 1.5</option>
            </Select>
          </Field>
        </header>
        {error && (
          <MessageBar intent="error" data-testid="file-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.main} style={{ gridTemplateColumns: `1fr ${paneWidth}px` }}>
          <div className={styles.document}>
            <DocumentView key={drawn.id} host={drawn.host} />
          </div>
          <aside className={styles.pane} aria-label="Soạn Chuẩn" data-testid="task-pane">
            <Root key={`${loaded.id}:${language}`} gateway={loaded.gateway} language={language} theme="light" storage={loaded.storage} engine={engine} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
