/**
 * Before the browser tests: dist/ must have been built (npm test builds it; alone, run
 * `npx webpack --mode production`), chromium must be installed, and the Excel simulator
 * is bundled for the browser into test-artifacts/e2e/office-sim.js.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "../../..");

module.exports = async () => {
  for (const f of ["taskpane.html", "taskpane.css", "taskpane.js", "functions.js"]) {
    if (!fs.existsSync(path.join(root, "dist", f))) {
      throw new Error(`dist/${f} is missing: build first with "npx webpack --mode production" (npm test does it).`);
    }
  }
  if (!fs.existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium")) {
    throw new Error("Chromium is missing: install Debian's package with `apt-get install -y chromium` (bash scripts/setup.sh does it).");
  }
  const out = path.join(root, "test-artifacts", "e2e");
  fs.mkdirSync(out, { recursive: true });
  await new Promise((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(root, "test/support/excel-simulator/browser-entry.ts"),
        output: { path: out, filename: "office-sim.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
      },
      (err, stats) => {
        if (err) return reject(err);
        if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      },
    ),
  );
};
