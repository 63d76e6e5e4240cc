/**
 * The checks the engine runs, in the order CHECKS.md lists them. Adding a check = its file in
 * src/checks (meta + run), one line here, its test file through CheckTester, `npm run docs:checks`.
 */
import { adminShareCheck } from "../checks/admin-share";
import type { Check } from "../checks/check";
import { cashFlowCheck } from "../checks/cash-flow";
import { crossStatementCheck } from "../checks/cross-statement";
import { differenceColumnCheck } from "../checks/difference-column";
import { equityCeilingCheck } from "../checks/equity-ceiling";
import { equityRollforwardCheck } from "../checks/equity-rollforward";
import { formulaCheck } from "../checks/formula";
import { memberSplitCheck } from "../checks/member-split";
import { noteVsStatementCheck } from "../checks/note-vs-statement";
import { ratioCheck } from "../checks/ratio";
import { statementBrCheck } from "../checks/statement-br";
import { statementRrCheck } from "../checks/statement-rr";
import { sumCheck } from "../checks/sum";
import { textNumberCheck } from "../checks/text-number";
import { tooLargeFigureCheck } from "../checks/too-large-figure";
import { uncalculatedFormulaCheck } from "../checks/uncalculated-formula";
import { unitCheck } from "../checks/unit";

export const CHECKS: readonly Check[] = [
  sumCheck,
  differenceColumnCheck,
  statementRrCheck,
  statementBrCheck,
  equityRollforwardCheck,
  cashFlowCheck,
  crossStatementCheck,
  noteVsStatementCheck,
  ratioCheck,
  memberSplitCheck,
  equityCeilingCheck,
  adminShareCheck,
  unitCheck,
  textNumberCheck,
  formulaCheck,
  uncalculatedFormulaCheck,
  tooLargeFigureCheck,
];
