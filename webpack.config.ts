import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Compiler, Configuration } from "webpack";
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
/**
 * Where the production build is hosted (override with the ADDIN_PUBLIC_URL environment variable);
 * `npm run build` rewrites every DEV_URL in the copied manifest to it.
 */
const DEFAULT_PUBLIC_URL = "https://soanchuan.example.vn/";
const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";
const PORT = Number(process.env.npm_package_config_dev_server_port ?? 3000);

/** Office loads add-ins over https only, and the URL is pasted into XML attributes. */
function publicUrl(): string {
  const raw = process.env.ADDIN_PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL;
  const url = new URL(raw.endsWith("/") ? raw : `${raw}/`);
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL, got ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment, got ${raw}`);
  if (/[&<>"']/.test(url.href)) throw new Error(`ADDIN_PUBLIC_URL must not contain XML special characters, got ${raw}`);
  return url.href;
}

/**
 * The pages may load scripts only from their own origin (and the task pane, Office's script
 * host); they make no other network request. Fluent UI injects its styles at run time,
 * hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(withOffice: boolean, dev: boolean): string {
  const script = ["'self'", ...(withOffice ? [OFFICE_SCRIPT_HOST] : [])].join(" ");
  const connect = ["'self'", ...(withOffice ? [OFFICE_SCRIPT_HOST] : []), ...(dev ? [`wss://localhost:${PORT}`, `ws://localhost:${PORT}`] : [])].join(" ");
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/**
 * A CSP <meta> only governs what the parser meets after it, so it goes first in <head>, before the
 * templates' office.js tag (html-webpack-plugin's own `meta` option would append it at the end).
 */
class ContentSecurityPolicyPlugin {
  constructor(private readonly policyFor: (page: string) => string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("ContentSecurityPolicyPlugin", (data) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${this.policyFor(data.outputName)}">`;
        const anchor = /<meta charset[^>]*>/i.test(data.html) ? /<meta charset[^>]*>/i : /<head>/i;
        const html = data.html.replace(anchor, (tag) => `${tag}${meta}`);
        if (html === data.html) throw new Error(`${data.outputName}: no <head> to put the Content-Security-Policy in`);
        return { ...data, html };
      });
    });
  }
}

/** office-addin-dev-certs keeps its certificates here; without them the dev server falls back to http. */
function devCertificates(): { key: Buffer; cert: Buffer; ca: Buffer } | undefined {
  const dir = path.join(homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((name) => existsSync(path.join(dir, name)))) return undefined;
  return {
    key: readFileSync(path.join(dir, files.key)),
    cert: readFileSync(path.join(dir, files.cert)),
    ca: readFileSync(path.join(dir, files.ca)),
  };
}

export default (_env: unknown, argv: { mode?: string }): Configuration & { devServer?: DevServerConfiguration } => {
  const dev = argv.mode !== "production";
  const pagesWithOffice = new Set(["taskpane.html", "commands.html"]);
  const page = (name: string, template: string) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks: [name] });
  const certificates = dev ? devCertificates() : undefined;
  const productionUrl = dev ? DEV_URL : publicUrl();

  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' CSP forbids eval.
    // Source maps only in development: production ships no map files (they would publish the sources).
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      playground: "./addin/playground/index.tsx",
      commands: "./addin/commands/commands.ts",
    },
    output: {
      path: path.join(root, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // esbuild only strips types (fast); `npm run typecheck` and the tests check them.
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
        // The playground bundles the sample reports as text.
        { test: /\.txt$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020", css: false })] },
    plugins: [
      page("taskpane", "./addin/taskpane/taskpane.html"),
      page("playground", "./addin/playground/playground.html"),
      page("commands", "./addin/commands/commands.html"),
      new ContentSecurityPolicyPlugin((file) => contentSecurityPolicy(pagesWithOffice.has(file), dev)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The rules' pages, which the pane's "Xem quy tắc" links open (findings carry docs/rules/<id>.md).
          { from: "docs/rules", to: "docs/rules" },
          // The manifest's SupportUrl: a static help page (the playground is not a support page).
          { from: "addin/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content: Buffer) => (dev ? content : content.toString().replaceAll(DEV_URL, productionUrl)),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
      static: false,
      open: false,
      historyApiFallback: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
