import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<p>Soạn Chuẩn</p>);
});
