import { createRoot } from "react-dom/client";
import { officeWordHost, WordGateway } from "../word/gateway";
import { pickLanguage } from "./i18n";
import { Root, themeFromOffice } from "./Root";
import { officeDocumentSettings } from "../word/documentSettings";
import { ignoreStorage } from "./state/ignores";

const container = document.getElementById("root");

if (typeof Office === "undefined") {
  // office.js did not load (offline, or the page was opened outside Office): say so instead of a blank pane.
  if (container) {
    container.textContent =
      "Không tải được Office.js — hãy mở Soạn Chuẩn từ Word. / Office.js could not be loaded — open Soạn Chuẩn from Word.";
  }
} else {
  Office.onReady(() => {
    if (!container) return;
    const language = pickLanguage(Office.context.displayLanguage);
    document.documentElement.lang = language;
    const gateway = new WordGateway(officeWordHost());
    // Ignores travel inside the document where Office offers document settings.
    const settings = Office.context.document?.settings;
    const storage = ignoreStorage(settings ? officeDocumentSettings(settings) : null, Office.context.document?.url || "untitled");
    createRoot(container).render(<Root gateway={gateway} language={language} theme={themeFromOffice(Office.context.officeTheme)} storage={storage} />);
  });
}
