import { readFileSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";

/** Bundles officeStub.ts (and the Excel fake it uses) into one browser script; returns its text. */
export function bundleOfficeStub(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(__dirname, "officeStub.ts"),
    output: { path: outDir, filename: "office-stub.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          options: {
            transpileOnly: true,
            compilerOptions: { module: "es2020", moduleResolution: "bundler", noEmit: false },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || stats?.hasErrors())
        return reject(err ?? new Error(stats!.toString("errors-only")));
      resolve(readFileSync(join(outDir, "office-stub.js"), "utf8"));
    }),
  );
}
