/* Builds the add-in into dist/: functions.js (registers every custom function on its own),
 * taskpane.js + taskpane.html (loads both bundles: shared runtime) + taskpane.css, functions.json
 * (generated from JSDoc), functions.sv-SE.json (Swedish), manifest.xml and assets. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { swedishMetadata } = require("./src/functions/swedish-metadata");

/** The base URL manifest.xml is written with; production replaces it. */
const DEV_BASE_URL = "https://localhost:3000/";
/** Environment variable with the production base URL, e.g. https://finsam.example.se/addin/ */
const BASE_URL_VARIABLE = "FINSAM_BASE_URL";

/** The production base URL from the environment, normalised to end in "/"; the dev URL when unset. */
function productionBaseUrl(env = process.env) {
  const raw = (env[BASE_URL_VARIABLE] || "").trim();
  if (raw === "") return DEV_BASE_URL;
  if (!/^https:\/\/[^/\s]+/.test(raw)) {
    throw new Error(`${BASE_URL_VARIABLE} must be an https:// URL (Office loads add-ins over https only), got "${raw}"`);
  }
  return raw.endsWith("/") ? raw : raw + "/";
}

/** The manifest with every dev URL moved under `baseUrl`. */
function manifestForBaseUrl(manifestXml, baseUrl) {
  return manifestXml.split(DEV_BASE_URL).join(baseUrl).split(DEV_BASE_URL.slice(0, -1)).join(baseUrl.slice(0, -1));
}

/** Emits functions.sv-SE.json next to the generated functions.json. */
class SwedishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SwedishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SwedishMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // metadata generation failed; its own error is reported
          const table = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/functions/functions.sv.json"), "utf8"));
          compilation.fileDependencies.add(path.resolve(__dirname, "src/functions/functions.sv.json"));
          try {
            const sv = swedishMetadata(JSON.parse(english.source.source().toString()), table);
            compilation.emitAsset("functions.sv-SE.json", new sources.RawSource(JSON.stringify(sv, null, 2)));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

/** The certificate `npx office-addin-dev-certs install` makes Office trust; webpack's own self-signed one otherwise. */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return {};
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

function config(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;
  return {
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    target: "web",
    devtool: "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`; the bundle only needs the JavaScript. ES modules, so that
          // import() stays a split point (the .xlsx reader the pane loads on demand is its own chunk).
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new SwedishMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForBaseUrl(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: { type: "https", options: env.WEBPACK_SERVE ? devHttpsOptions() : {} },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
}

module.exports = config;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.BASE_URL_VARIABLE = BASE_URL_VARIABLE;
module.exports.productionBaseUrl = productionBaseUrl;
module.exports.manifestForBaseUrl = manifestForBaseUrl;
