// Browser builds. For now: the pure core as one script (dist/core/finsam-core.js),
// which also proves that src/core needs nothing from Node. The task pane entries join later.
const path = require("node:path");

module.exports = (_env, argv = {}) => ({
  mode: argv.mode || "production",
  target: "web",
  entry: { "finsam-core": "./src/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist/core"),
    filename: "[name].js",
    library: { name: "FinsamRapport", type: "umd" },
    globalObject: "globalThis",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"], fallback: {} },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.build.json", transpileOnly: true } }],
  },
  devtool: false,
  performance: { hints: false },
});
