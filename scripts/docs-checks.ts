/** Writes docs/checks.md from the registered checks' meta. Run with `npm run docs:checks`. */
import fs from "fs";
import path from "path";
import { DOCUMENT_CHECKS } from "../src/documents/registry";
import { CHECKS } from "../src/engine/registry";
import { checksDoc } from "./checks-doc";

const root = path.resolve(__dirname, "../../..");
const target = path.join(root, "docs", "checks.md");
fs.writeFileSync(target, checksDoc(CHECKS, DOCUMENT_CHECKS));
console.log(`skrev / wrote ${path.relative(root, target)}`);
