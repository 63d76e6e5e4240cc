/** The three example workbooks the metamorphic tests re-lay-out. */
import { seed000 } from "../../../examples/src/seed-000";
import { seed002 } from "../../../examples/src/seed-002";
import { seed004 } from "../../../examples/src/seed-004";
import type { Workbook } from "../../../src/model/grid";

export const EXAMPLE_WORKBOOKS: [string, () => Workbook][] = [
  ["000", seed000],
  ["002", seed002],
  ["004", seed004],
];
