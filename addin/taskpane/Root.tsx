import { Component, type ReactNode } from "react";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { WordGateway } from "../word/gateway";
import { App } from "./App";
import { defaultEngine, type Engine } from "./engine/engineClient";
import { translator, type Language } from "./i18n";
import type { IgnoreStorage } from "./state/ignores";
import { PaneProvider } from "./state/PaneContext";

export type ThemeName = "light" | "dark";

/** Picks the Fluent theme matching Office's: dark when Office paints a dark body background. */
export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): ThemeName {
  const hex = /^#?([0-9a-f]{6})$/i.exec(officeTheme?.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128 ? "dark" : "light";
}

interface Props {
  gateway: WordGateway;
  language: Language;
  theme: ThemeName;
  /** Where this document's ignored findings are kept. */
  storage: IgnoreStorage;
  /** The checking engine; a Web Worker unless given. */
  engine?: Engine;
}

export function Root({ gateway, language, theme, storage, engine }: Props) {
  const own = useMemo(() => (engine ? null : defaultEngine()), [engine]);
  useEffect(() => () => own?.dispose(), [own]);
  const checker = engine ?? own!;
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language} style={{ minHeight: "100%" }}>
      <ErrorBoundary language={language}>
        <PaneProvider gateway={gateway} engine={checker} storage={storage} language={language}>
          <App />
        </PaneProvider>
      </ErrorBoundary>
    </FluentProvider>
  );
}

/** A rendering error becomes a message instead of a blank pane. */
class ErrorBoundary extends Component<{ language: Language; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{translator(this.props.language)("errorTitle")}</MessageBarTitle>
          {this.state.error.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
