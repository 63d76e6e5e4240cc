/** The example workbooks: which seed grid goes into which file under examples/. */
import { Workbook } from "../../src/model/grid";
import { seed000 } from "./seed-000";
import { seed000Prior, seed000PriorPlanted } from "./seed-000-prior";
import { seed002 } from "./seed-002";
import { seed004 } from "./seed-004";

export interface Example {
  /** File name under examples/. */
  file: string;
  build: () => Workbook;
}

export const EXAMPLES: Example[] = [
  { file: "000-arsredovisning-2023.xlsx", build: seed000 },
  { file: "000-arsredovisning-2022.xlsx", build: seed000Prior },
  { file: "000-arsredovisning-2022-avvikelser.xlsx", build: seed000PriorPlanted },
  { file: "002-budget-2022.xlsx", build: seed002 },
  { file: "004-budget-2024.xlsx", build: seed004 },
];
