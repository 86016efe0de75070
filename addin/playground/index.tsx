import { createRoot } from "react-dom/client";
import { pickLanguage } from "../taskpane/i18n";
import { Playground } from "./Playground";

const container = document.getElementById("root");
if (container) {
  const language = pickLanguage(new URLSearchParams(location.search).get("lang"));
  createRoot(container).render(<Playground initialLanguage={language} />);
}
