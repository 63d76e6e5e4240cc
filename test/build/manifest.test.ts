import { DOMParser, Element } from "@xmldom/xmldom";
import fs from "fs";
import path from "path";
import { ensureDist, ROOT } from "./ensure-dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");

const DEV = "https://localhost:3000/";
const PROD = "https://finsam.example.se/addin/";

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, message: string) => void problems.push(`${level}: ${message}`) }).parseFromString(
    xml,
    "text/xml",
  );
  return { doc, problems };
}

const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));
const xsiType = (e: Element) => e.getAttribute("xsi:type");

const devXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { doc, problems } = parse(devXml);

/** Every URL the manifest points at. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
}

describe("manifest.xml (offline check)", () => {
  it("is well-formed XML with the TaskPaneApp root", () => {
    expect(problems).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement as unknown as Element)).toBe("TaskPaneApp");
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    expect(all(doc, "Permissions").map((e) => e.textContent)).toEqual(["ReadWriteDocument"]);
  });

  it("requires SharedRuntime and runs one long-lived runtime on the task pane page", () => {
    const sets = all(doc, "Set").map((e) => [e.getAttribute("Name"), e.getAttribute("MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = all(doc, "Runtime");
    expect(runtimes.map((r) => [r.getAttribute("resid"), r.getAttribute("lifetime")])).toEqual([["Taskpane.Url", "long"]]);
  });

  it("declares the CustomFunctions extension point with namespace FINSAM, sharing the task pane page", () => {
    const point = all(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    expect(point).toBeDefined();
    const resid = (tag: string) => all(point, tag)[0]?.getAttribute("resid") ?? all(all(point, tag)[0], "SourceLocation")[0]?.getAttribute("resid");
    expect(resid("Script")).toBe("Functions.Script.Url");
    expect(resid("Page")).toBe("Taskpane.Url");
    expect(resid("Metadata")).toBe("Functions.Metadata.Url");
    const namespaceId = all(point, "Namespace")[0].getAttribute("resid");
    const namespace = all(doc, "bt:String").find((s) => s.getAttribute("id") === namespaceId);
    expect(namespace?.getAttribute("DefaultValue")).toBe("FINSAM");
  });

  it("every resid resolves to a resource, and every resource is used", () => {
    const resources = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) => all(doc, tag).map((e) => e.getAttribute("id"))).filter(Boolean),
    );
    const used = new Set([...devXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((id) => !resources.has(id))).toEqual([]);
    expect([...resources].filter((id) => !used.has(id as string))).toEqual([]);
  });

  it("points the sv-SE metadata override at the Swedish functions file", () => {
    const url = all(doc, "bt:Url").find((e) => e.getAttribute("id") === "Functions.Metadata.Url")!;
    const override = all(url, "bt:Override")[0];
    expect(override.getAttribute("Locale")).toBe("sv-SE");
    expect(override.getAttribute("Value")).toBe(`${DEV}functions.sv-SE.json`);
  });

  it("keeps every dev URL under https://localhost:3000/ and every icon exists in assets/", () => {
    const found = urls(devXml);
    expect(found.length).toBeGreaterThan(8);
    found.forEach((u) => expect(u === DEV.slice(0, -1) || u.startsWith(DEV)).toBe(true));
    const icons = found.filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) {
      const file = path.join(ROOT, icon.slice(DEV.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.readFileSync(file).subarray(1, 4).toString("ascii")).toBe("PNG");
    }
  });
});

describe("manifest for production", () => {
  it("moves every URL under the production base and leaves no localhost", () => {
    const prod = webpackConfig.manifestForBaseUrl(devXml, PROD);
    expect(parse(prod).problems).toEqual([]);
    expect(prod).not.toMatch(/localhost/);
    const devPaths = urls(devXml).map((u) => u.slice(DEV.length - 1));
    const prodPaths = urls(prod).map((u) => u.slice(PROD.length - 1));
    expect(prodPaths).toEqual(devPaths);
  });

  it("takes the base URL from FINSAM_BASE_URL (https only), the dev URL when unset", () => {
    expect(webpackConfig.BASE_URL_VARIABLE).toBe("FINSAM_BASE_URL");
    expect(webpackConfig.productionBaseUrl({})).toBe(DEV);
    expect(webpackConfig.productionBaseUrl({ FINSAM_BASE_URL: "https://finsam.example.se/addin" })).toBe(PROD);
    expect(() => webpackConfig.productionBaseUrl({ FINSAM_BASE_URL: "http://finsam.example.se" })).toThrow(/https/);
  });

  it("dist/ holds the manifest for the configured base and every file it points at", () => {
    const dist = ensureDist();
    const base = webpackConfig.productionBaseUrl(process.env);
    const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(built).toBe(webpackConfig.manifestForBaseUrl(devXml, base));
    for (const u of urls(built).filter((x) => x.startsWith(base))) {
      expect(fs.existsSync(path.join(dist, u.slice(base.length)))).toBe(true);
    }
  });
});
