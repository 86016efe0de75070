#!/usr/bin/env node
// `npm start`: where Word desktop exists (Windows, macOS) sideload the add-in with
// office-addin-debugging; elsewhere serve the playground. A certificate authority that cannot
// be installed (no admin rights, Linux) never stops the server: it falls back and says how to
// trust the certificate by hand.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const certDir = path.join(homedir(), ".office-addin-dev-certs");
const wordDesktopPossible = process.platform === "win32" || process.platform === "darwin";
const forcePlayground = process.argv.includes("--playground") || process.env.SOANCHUAN_PLAYGROUND === "1";

async function prepareCertificates() {
  try {
    const certs = await import("office-addin-dev-certs");
    await certs.ensureCertificatesAreInstalled();
    return "installed";
  } catch (error) {
    const generated = ["ca.crt", "localhost.crt", "localhost.key"].every((f) => existsSync(path.join(certDir, f)));
    console.warn(`\n[soanchuan] Could not install the development certificate authority: ${firstLine(error)}`);
    if (generated) {
      console.warn(
        [
          "[soanchuan] The certificates were generated; the server uses them, but this machine does not trust them yet.",
          `[soanchuan] To trust them on a desktop, install ${path.join(certDir, "ca.crt")} as a trusted root:`,
          "[soanchuan]   Windows: double-click ca.crt → Install Certificate → Current User → Trusted Root Certification Authorities",
          "[soanchuan]            (or run `npx office-addin-dev-certs install` in an elevated prompt)",
          "[soanchuan]   macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt",
          "[soanchuan]   Linux:   sudo cp ca.crt /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates",
          "[soanchuan]            (Chromium/Firefox keep their own store: import ca.crt under Settings → Certificates → Authorities)",
        ].join("\n"),
      );
      return "generated";
    }
    console.warn("[soanchuan] No certificates could be generated: serving over http (fine for the playground, not for Word).");
    return "none";
  }
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

async function servePlayground(scheme) {
  console.log(`\n[soanchuan] Starting the development server (the first build takes a minute)…`);
  console.log(`[soanchuan] Playground (the real task pane over a simulated Word document, with a sample report):`);
  console.log(`[soanchuan]   ${scheme}://localhost:${port}/playground.html`);
  console.log(`[soanchuan] Task pane for Word: ${scheme}://localhost:${port}/taskpane.html (sideload manifest.xml — see README)\n`);
  run(process.execPath, ["--import", "tsx", path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development"]);
}

const certificates = await prepareCertificates();
const scheme = certificates === "none" ? "http" : "https";
if (wordDesktopPossible && !forcePlayground) {
  // office-addin-debugging starts the dev server (npm run dev-server) and sideloads manifest.xml into Word.
  console.log("[soanchuan] Sideloading into Word desktop (npm run stop to end). Use `npm start -- --playground` for the browser playground.");
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"]);
} else {
  await servePlayground(scheme);
}
