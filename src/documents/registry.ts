/** The checks across documents, in the order the findings are listed. Adding one = one file + one line here. */
import { adoptedBudgetCheck } from "./adopted-budget";
import type { DocumentCheck } from "./document-check";
import { fiveYearShiftCheck } from "./five-year-shift";
import { forecastOutcomeCheck } from "./forecast-outcome";
import { memberContributionsCheck } from "./member-contributions-across";
import { openingBalancesCheck } from "./opening-balances";
import { priorYearColumnsCheck } from "./prior-year-columns";

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  priorYearColumnsCheck,
  openingBalancesCheck,
  fiveYearShiftCheck,
  adoptedBudgetCheck,
  memberContributionsCheck,
  forecastOutcomeCheck,
];
