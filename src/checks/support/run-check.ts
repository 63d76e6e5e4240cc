/** Runs one check on an understood workbook: its reports become findings. */
import type { Finding } from "../../findings/finding";
import type { ValidationConfig } from "../../model/validation-config";
import type { UnderstoodWorkbook } from "../../understand/types";
import type { Check } from "../check";
import { findingOf } from "./report";

export function runCheck<M extends string>(check: Check<M>, u: UnderstoodWorkbook, config: ValidationConfig = {}): Finding[] {
  const out: Finding[] = [];
  check.run(u, { config, report: (r) => out.push(findingOf(check.meta, r)) });
  return out;
}
