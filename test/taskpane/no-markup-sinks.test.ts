/**
 * Workbook text must never be parsed as markup: no source file of the pane (or the
 * adapter it renders from) assigns innerHTML/outerHTML, calls insertAdjacentHTML,
 * document.write or builds a Range fragment from a string. Text goes through textContent.
 */
import * as fs from "fs";
import * as path from "path";

const ROOTS = ["src/taskpane", "src/excel", "src/format"].map((d) => path.resolve(__dirname, "../..", d));
const SINKS = [
  /\.innerHTML\s*[+]?=/,
  /\.outerHTML\s*[+]?=/,
  /insertAdjacentHTML\s*\(/,
  /document\.write(ln)?\s*\(/,
  /createContextualFragment\s*\(/,
  /\bsrcdoc\s*=/,
  /DOMParser/,
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|js|html)$/.test(e.name) ? [p] : [];
  });
}

describe("no markup sinks in the pane", () => {
  const all = ROOTS.flatMap(files);
  it("finds the pane's sources", () => {
    expect(all.some((f) => f.endsWith("taskpane.ts"))).toBe(true);
    expect(all.length).toBeGreaterThan(10);
  });
  it.each(all.map((f) => [path.relative(path.resolve(__dirname, "../.."), f), f]))("%s has none", (_, file) => {
    const src = fs.readFileSync(file, "utf8");
    for (const sink of SINKS) expect(src).not.toMatch(sink);
  });
  it("the checker recognises a sink (it is not vacuous)", () => {
    expect("el.innerHTML = label").toMatch(SINKS[0]);
    expect("el.insertAdjacentHTML('beforeend', x)").toMatch(SINKS[2]);
  });
});

describe("the page's Content-Security-Policy", () => {
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directive = (name: string) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(name + " ")) ?? "";
  it("allows scripts only from the add-in and Office.js's host, never inline or eval", () => {
    expect(directive("script-src")).toBe("script-src 'self' https://appsforoffice.microsoft.com");
  });
  it("denies by default and allows no network connection beyond the add-in's origin", () => {
    expect(directive("default-src")).toBe("default-src 'none'");
    expect(directive("connect-src")).toBe("connect-src 'self'");
    expect(directive("object-src")).toBe("object-src 'none'");
  });
  it("loads Office.js from Microsoft's CDN and nothing else from outside", () => {
    const srcs = [...html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.css"]);
  });
  it("allows styles only from the add-in's own stylesheet: no inline <style>, no style attributes", () => {
    expect(directive("style-src")).toBe("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/<style|\sstyle=/i);
  });
});
