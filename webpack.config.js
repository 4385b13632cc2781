// Browser builds: the standalone web page (dist/web/), with ExcelJS and the engine in a worker.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv = {}) => ({
  mode: argv.mode || "production",
  target: "web",
  entry: { web: "./src/taskpane/web/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist/web"),
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
    // Relative paths, so the page also works opened from disk or from any folder of a static server.
    publicPath: "",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { configFile: "tsconfig.web.json", transpileOnly: true, compilerOptions: { noEmit: false } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: "src/taskpane/web/index.html", filename: "index.html", chunks: ["web"] }),
    {
      apply(compiler) {
        // The icons, next to the page.
        compiler.hooks.thisCompilation.tap("assets", (compilation) => {
          const { RawSource } = compiler.webpack.sources;
          const fs = require("node:fs");
          compilation.hooks.processAssets.tap({ name: "assets", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            for (const f of fs.readdirSync(path.resolve(__dirname, "assets"))) compilation.emitAsset(`assets/${f}`, new RawSource(fs.readFileSync(path.resolve(__dirname, "assets", f))));
          });
        });
      },
    },
  ],
  devtool: false,
  performance: { hints: false },
});
