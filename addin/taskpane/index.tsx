import { createRoot } from "react-dom/client";
import { WordGateway } from "../word/gateway";
import { pickLanguage } from "./i18n";
import { Root, themeFromOffice } from "./Root";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = pickLanguage(Office.context.displayLanguage);
  document.documentElement.lang = language;
  const gateway = new WordGateway({
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
  createRoot(container).render(<Root gateway={gateway} language={language} theme={themeFromOffice(Office.context.officeTheme)} />);
});
