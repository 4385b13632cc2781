// Browser builds:
//  - web:   the standalone web page (dist/web/), ExcelJS and the engine in a worker;
//  - addin: the Excel task pane (dist/addin/), Office.js host, no ExcelJS; its manifest
//           gets the production URL from `npm run build -- --env url=https://…`.
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { manifestForUrl, DEV_URL } = require("./scripts/manifest.js");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function tsRule() {
  return {
    test: /\.tsx?$/,
    loader: "ts-loader",
    exclude: /node_modules/,
    options: {
      configFile: "tsconfig.web.json",
      transpileOnly: true,
      compilerOptions: { noEmit: false },
    },
  };
}

/** Copies files into the build (icons, office.js for local development, the manifest). */
function emitFiles(files) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("emit-files", (compilation) => {
        compilation.hooks.processAssets.tap(
          {
            name: "emit-files",
            stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
          },
          () => {
            for (const [name, content] of files())
              compilation.emitAsset(name, new compiler.webpack.sources.RawSource(content));
          },
        );
      });
    },
  };
}

/**
 * HTTPS options for `npm run dev`. office-addin-dev-certs generates a certificate for localhost in
 * ~/.office-addin-dev-certs and then installs its CA in the system's trust store, which on Linux
 * runs sudo: where that fails (root without sudo, as in CI, or a user who may not use sudo) the
 * certificate it has just generated is served anyway. Browsers and Office do not trust the page
 * until the CA is installed, which the message says; curl -k and the CI check do not need it.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((f) =>
      path.join(dir, f),
    );
    if (![ca, cert, key].every((f) => fs.existsSync(f))) throw err;
    const reason = String(err && err.message ? err.message : err)
      .split("\n")[0]
      .trim();
    console.warn(
      `\nCertifikatet för https://localhost:3000 finns i ${dir}, men dess CA kunde inte installeras som betrott (${reason}).\n` +
        `Servern startar ändå. Excel och webbläsaren litar inte på sidan förrän ${ca} är installerat som betrott:\n` +
        `kör "npx office-addin-dev-certs install" som en användare med sudo.\n`,
    );
    return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  }
}

const icons = () =>
  fs
    .readdirSync(path.resolve(__dirname, "assets"))
    .map((f) => [`assets/${f}`, fs.readFileSync(path.resolve(__dirname, "assets", f))]);

const common = (mode) => ({
  mode,
  target: "web",
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [
      tsRule(),
      // The web page's sample workbook: a file of the build, fetched from the page's own origin.
      { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
    ],
  },
  devtool: mode === "development" ? "source-map" : false,
  performance: { hints: false },
});

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const url = env.url || DEV_URL;

  const web = {
    ...common(mode),
    name: "web",
    entry: { web: "./src/taskpane/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "src/taskpane/web/index.html",
        filename: "index.html",
        chunks: ["web"],
      }),
      emitFiles(icons),
    ],
  };

  // Office.js: from Microsoft's CDN in production, from the npm package when developing locally.
  const officeJs = dev ? "office/office.js" : `${OFFICE_CDN}/lib/1/hosted/office.js`;
  const officeFiles = () => {
    if (!dev) return [];
    const dir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => [`office/${f}`, fs.readFileSync(path.join(dir, f))]);
  };
  const addin = {
    ...common(mode),
    name: "addin",
    entry: { taskpane: "./src/taskpane/excel/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "src/taskpane/excel/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs, officeOrigin: dev ? "" : OFFICE_CDN },
      }),
      emitFiles(() => [
        ...icons(),
        ...officeFiles(),
        ["hjalp.html", fs.readFileSync(path.resolve(__dirname, "src/taskpane/excel/hjalp.html"))],
        [
          "manifest.xml",
          manifestForUrl(fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8"), url),
        ],
      ]),
    ],
  };
  if (env.WEBPACK_SERVE) {
    addin.devServer = {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devHttpsOptions() },
      static: false,
    };
    return addin;
  }
  return [web, addin];
};
