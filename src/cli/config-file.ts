/**
 * Reads and checks the --config JSON file into a ValidationConfig, explaining every
 * problem in Swedish and English:
 * {
 *   "equityCeiling": {"kind": "percent", "rate": 0.17}
 *                  | {"kind": "staircase", "mode": "marginal"|"whole", "steps": [{"from": 0, "rate": 0.2, "fixed": 0}, …]},
 *   "adminShareTarget": 0.1,
 *   "sheetRoles": {"Blad1": "rr", …}
 * }
 */
import fs from "fs";
import { InputError } from "../core/input-error";
import { checkReserveRule } from "../core/reserve";
import type { ReserveRule, StaircaseStep } from "../core/reserve-rule";
import { TABLE_KINDS, type TableKind } from "../model/kinds";
import type { ValidationConfig } from "../model/validation-config";
import { CliError } from "./cli-error";

const KEYS = ["equityCeiling", "adminShareTarget", "sheetRoles"];

/** Deepest nesting a config needs is 3 (file → equityCeiling → steps → a step); deeper files are refused. */
const MAX_DEPTH = 8;

/** Longest value quoted back in a message. */
const SHOWN_CHARS = 60;

export function readConfigFile(file: string): ValidationConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    throw new CliError(`--config: kan inte läsa ${file} (${code})`, `--config: cannot read ${file} (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(`--config: ${file} är inte giltig JSON (${why})`, `--config: ${file} is not valid JSON (${why})`);
  }
  return parseConfig(json);
}

export function parseConfig(json: unknown): ValidationConfig {
  refuseDeepNesting(json);
  if (!isObject(json)) throw bad("filen ska innehålla ett JSON-objekt {…}", "the file must hold a JSON object {…}");
  for (const key of Object.keys(json)) {
    if (!KEYS.includes(key)) throw bad(`okänd nyckel ${shown(key)} (tillåtna: ${KEYS.join(", ")})`, `unknown key ${shown(key)} (allowed: ${KEYS.join(", ")})`);
  }
  const config: ValidationConfig = {};
  if (json.equityCeiling !== undefined) config.equityCeiling = parseRule(json.equityCeiling);
  if (json.adminShareTarget !== undefined) {
    const t = json.adminShareTarget;
    if (typeof t === "number" && !Number.isFinite(t)) throw tooLarge("adminShareTarget");
    if (typeof t !== "number" || !(t > 0 && t <= 1)) {
      throw bad(
        `adminShareTarget ska vara en andel mellan 0 och 1 (0.1 = 10 %), inte ${shown(t)}`,
        `adminShareTarget must be a fraction between 0 and 1 (0.1 = 10 %), not ${shown(t)}`,
      );
    }
    config.adminShareTarget = t;
  }
  if (json.sheetRoles !== undefined) config.sheetRoles = parseRoles(json.sheetRoles);
  return config;
}

function parseRule(v: unknown): ReserveRule {
  if (!isObject(v)) throw bad("equityCeiling ska vara ett objekt med kind", "equityCeiling must be an object with kind");
  let rule: ReserveRule;
  if (v.kind === "percent") {
    rule = { kind: "percent", rate: num(v.rate, "equityCeiling.rate") };
  } else if (v.kind === "staircase") {
    if (v.mode !== "marginal" && v.mode !== "whole") {
      throw bad(
        `equityCeiling.mode ska vara "marginal" eller "whole", inte ${shown(v.mode)}`,
        `equityCeiling.mode must be "marginal" or "whole", not ${shown(v.mode)}`,
      );
    }
    if (!Array.isArray(v.steps) || v.steps.length === 0) {
      throw bad("equityCeiling.steps ska vara en lista med minst ett steg", "equityCeiling.steps must be a list of at least one step");
    }
    rule = { kind: "staircase", mode: v.mode, steps: v.steps.map(parseStep) };
  } else {
    throw bad(
      `equityCeiling.kind ska vara "percent" eller "staircase", inte ${shown(v.kind)}`,
      `equityCeiling.kind must be "percent" or "staircase", not ${shown(v.kind)}`,
    );
  }
  try {
    checkReserveRule(rule);
  } catch (err) {
    if (err instanceof InputError) throw bad(`equityCeiling: ${err.sv}`, `equityCeiling: ${err.en}`);
    throw err;
  }
  return rule;
}

function parseStep(v: unknown, i: number): StaircaseStep {
  const where = `equityCeiling.steps[${i}]`;
  if (!isObject(v)) throw bad(`${where} ska vara ett objekt {from, rate, fixed?}`, `${where} must be an object {from, rate, fixed?}`);
  const step: StaircaseStep = { from: num(v.from, `${where}.from`), rate: num(v.rate, `${where}.rate`) };
  if (v.fixed !== undefined) step.fixed = num(v.fixed, `${where}.fixed`);
  return step;
}

function parseRoles(v: unknown): Record<string, TableKind> {
  if (!isObject(v)) throw bad('sheetRoles ska vara ett objekt {"bladnamn": "roll"}', 'sheetRoles must be an object {"sheet name": "role"}');
  const roles: [string, TableKind][] = [];
  for (const [sheet, role] of Object.entries(v)) {
    if (typeof role !== "string" || !TABLE_KINDS.includes(role as TableKind)) {
      throw bad(
        `sheetRoles[${shown(sheet)}]: okänd roll ${shown(role)} (tillåtna: ${TABLE_KINDS.join(", ")})`,
        `sheetRoles[${shown(sheet)}]: unknown role ${shown(role)} (allowed: ${TABLE_KINDS.join(", ")})`,
      );
    }
    roles.push([sheet, role as TableKind]);
  }
  // fromEntries defines each key as the object's own, also "__proto__" (an assignment would set the prototype).
  return Object.fromEntries(roles);
}

function num(v: unknown, where: string): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would show as null.
  if (typeof v === "number") throw tooLarge(where);
  throw bad(`${where} ska vara ett tal, inte ${shown(v)}`, `${where} must be a number, not ${shown(v)}`);
}

function tooLarge(where: string): CliError {
  return bad(`${where} är ett för stort tal`, `${where} is too large a number`);
}

/** A value as JSON, cut short: a message quotes it on one line. */
function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/** Visits every value without recursion (a file of 50 000 nested objects must not exhaust the stack). */
function refuseDeepNesting(json: unknown): void {
  const pending: [unknown, number][] = [[json, 0]];
  while (pending.length > 0) {
    const [v, depth] = pending.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= MAX_DEPTH)
      throw bad(`filen är nästlad för djupt (mer än ${MAX_DEPTH} nivåer)`, `the file is nested too deeply (more than ${MAX_DEPTH} levels)`);
    for (const child of Object.values(v)) pending.push([child, depth + 1]);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function bad(sv: string, en: string): CliError {
  return new CliError(`--config: ${sv}`, `--config: ${en}`);
}
