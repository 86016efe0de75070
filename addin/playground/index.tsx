import { createRoot } from "react-dom/client";
import { pickLanguage } from "../taskpane/i18n";
import { Playground } from "./Playground";

const container = document.getElementById("root");
if (container) {
  const params = new URLSearchParams(location.search);
  const language = pickLanguage(params.get("lang"));
  const paneWidth = Number(params.get("pane")) || undefined;
  // ?settings=none plays a host without document settings.
  const documentSettings = params.get("settings") !== "none";
  createRoot(container).render(
    <Playground initialLanguage={language} initialSeed={params.get("seed")} paneWidth={paneWidth} documentSettings={documentSettings} />,
  );
}
