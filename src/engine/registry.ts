/** The checks the engine runs, in the order CHECKS.md lists them. Adding a check = one file + one line here. */
import type { Check } from "../checks/check";
import { sumCheck } from "../checks/sum";

export const CHECKS: readonly Check[] = [sumCheck];
