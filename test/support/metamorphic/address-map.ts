/**
 * A meaning-preserving re-layout of a workbook: the new workbook and where every cell of the
 * old one went. The map is total (empty cells and cells beyond the used range map too), so a
 * finding's cells can be followed whatever they point at.
 */
import type { Workbook } from "../../../src/model/grid";

export interface Address {
  sheet: string;
  row: number;
  col: number;
}

/** Old (sheet, row, col) → the same cell in the transformed workbook. 0-based. */
export type AddressMap = (sheet: string, row: number, col: number) => Address;

export interface Transformed {
  workbook: Workbook;
  map: AddressMap;
}

export type Transformation = (wb: Workbook) => Transformed;

export const identityMap: AddressMap = (sheet, row, col) => ({ sheet, row, col });

/** t1, then t2 on its result; the map follows a cell through both. */
export function chain(...steps: Transformation[]): Transformation {
  return (wb) => {
    let workbook = wb;
    let map: AddressMap = identityMap;
    for (const step of steps) {
      const next = step(workbook);
      const before = map;
      map = (sheet, row, col) => {
        const a = before(sheet, row, col);
        return next.map(a.sheet, a.row, a.col);
      };
      workbook = next.workbook;
    }
    return { workbook, map };
  };
}
