#!/usr/bin/env node
// `npm start`: where Word desktop exists (Windows, macOS) sideload the add-in with
// office-addin-debugging; elsewhere serve the playground. A certificate authority that cannot be
// installed (no admin rights, Linux without sudo) never stops the server: it goes on with the
// generated certificates and says how to trust them by hand.
//   npm start -- --playground    serve the playground even where Word is installed
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import https from "node:https";
import http from "node:http";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const certDir = path.join(homedir(), ".office-addin-dev-certs");
const certFiles = ["ca.crt", "localhost.crt", "localhost.key"].map((name) => path.join(certDir, name));
const wordDesktopPossible = process.platform === "win32" || process.platform === "darwin";
const forcePlayground = process.argv.includes("--playground") || process.env.SOANCHUAN_PLAYGROUND === "1";

const say = (line = "") => console.log(line && `[soanchuan] ${line}`);
const warn = (line) => console.warn(`[soanchuan] ${line}`);

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}

/** True when the generated certificates exist and are still valid for at least a day. */
function usableCertificates() {
  if (!certFiles.every((file) => existsSync(file))) return false;
  try {
    const notAfter = new Date(new X509Certificate(readFileSync(certFiles[1])).validTo);
    return notAfter.getTime() - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

function printTrustHelp() {
  const ca = certFiles[0];
  warn("The certificates exist and the server uses them, but this machine does not trust them yet.");
  warn(`To trust them, add ${ca} as a trusted root certificate authority:`);
  warn("  Windows: npx office-addin-dev-certs install   (or double-click ca.crt → Install Certificate →");
  warn("           Current User → Trusted Root Certification Authorities)");
  warn("  macOS:   npx office-addin-dev-certs install   (or open ca.crt in Keychain Access, set it to Always Trust)");
  warn("  Linux:   sudo npx office-addin-dev-certs install, or in Chromium/Firefox import ca.crt under");
  warn("           Settings → Certificates → Authorities (trust for websites)");
  warn("Until then the browser shows a certificate warning for https://localhost:3000 (the playground still works once accepted).");
}

/**
 * Makes sure https://localhost can be served. Returns "trusted", "untrusted" (certificates exist
 * but the CA is not installed) or "none" (serve over http).
 */
async function prepareCertificates() {
  const certs = await import("office-addin-dev-certs");
  // Where the CA cannot be installed, keep certificates that already exist: regenerating them on
  // every start would undo a manual trust (browser store) each time.
  if (!wordDesktopPossible && usableCertificates() && !(await certs.verifyCertificates())) {
    printTrustHelp();
    return "untrusted";
  }
  try {
    await certs.ensureCertificatesAreInstalled();
    return "trusted";
  } catch (error) {
    warn(`Could not install the development certificate authority: ${firstLine(error)}`);
    if (usableCertificates()) {
      printTrustHelp();
      return "untrusted";
    }
    warn("No certificates could be generated: serving over http (fine for the playground, not for Word).");
    return "none";
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

/** Polls until the dev server answers; it holds the request until the first build is done. */
function whenServing(url, onReady) {
  const client = url.startsWith("https:") ? https : http;
  const attempt = () => {
    const request = client.get(url, { rejectUnauthorized: false, timeout: 300_000 }, (response) => {
      response.resume();
      if (response.statusCode === 200) onReady();
      else setTimeout(attempt, 1000);
    });
    request.on("error", () => setTimeout(attempt, 1000));
    request.on("timeout", () => request.destroy());
  };
  attempt();
}

function servePlayground(scheme) {
  const base = `${scheme}://localhost:${port}`;
  say("Word desktop is not available here: starting the development server with the playground.");
  say("The first build takes about a minute…");
  run(process.execPath, ["--import", "tsx", path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development"]);
  whenServing(`${base}/playground.html`, () => {
    say();
    say("Ready. Open the playground (the real task pane over a simulated Word document):");
    say(`    ${base}/playground.html`);
    say(`Task pane page for Word: ${base}/taskpane.html — sideload manifest.xml (see README).`);
    say("Stop with Ctrl+C.");
    say();
  });
}

const certificates = await prepareCertificates();
if (wordDesktopPossible && !forcePlayground) {
  // office-addin-debugging runs `npm run dev-server` and sideloads manifest.xml into Word.
  say("Sideloading into Word desktop (end with `npm run stop`). `npm start -- --playground` serves the browser playground instead.");
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"]);
} else {
  servePlayground(certificates === "none" ? "http" : "https");
}
