import { invalidInput } from "../core/input-error";

/** What Excel passes for one cell of an `any` parameter. */
export type CellValue = number | string | boolean | null | undefined | CustomFunctions.Error;
/** A parameter's name for messages: [Swedish, English]. */
export type ArgName = readonly [sv: string, en: string];

/** Blank cell or omitted argument. */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** An error value in an argument goes back out unchanged (Excel's own propagation rule). */
function propagateError(value: unknown): void {
  if (value instanceof CustomFunctions.Error) throw value;
}

/** A number argument: blank = 0; text, booleans and non-finite numbers are errors naming the argument. */
export function readAmount(value: unknown, arg: ArgName): number {
  propagateError(value);
  if (isBlank(value)) return 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "boolean") {
    throw invalidInput(`${arg[0]}: ${value ? "SANT" : "FALSKT"} är inget tal.`, `${arg[1]}: ${value ? "TRUE" : "FALSE"} is not a number.`);
  }
  if (typeof value === "string") {
    throw invalidInput(
      `${arg[0]}: texten "${value}" är inget tal (läs in den med FINSAM.NUMBER).`,
      `${arg[1]}: the text "${value}" is not a number (read it with FINSAM.NUMBER).`,
    );
  }
  throw invalidInput(`${arg[0]}: inget tal.`, `${arg[1]}: not a number.`);
}

/** An optional whole number (e.g. decimals): blank or omitted = `fallback`. */
export function readOptionalInteger(value: unknown, arg: ArgName, fallback: number): number {
  if (isBlank(value)) return fallback;
  const n = readAmount(value, arg);
  if (!Number.isInteger(n)) {
    throw invalidInput(`${arg[0]}: ${n} är inget heltal.`, `${arg[1]}: ${n} is not a whole number.`);
  }
  return n;
}

/** An optional word (e.g. "kostnad"): blank or omitted = undefined; anything but text is an error. */
export function readOptionalWord(value: unknown, arg: ArgName): string | undefined {
  propagateError(value);
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value;
  throw invalidInput(`${arg[0]}: väntade ett ord, fick ${String(value)}.`, `${arg[1]}: expected a word, got ${String(value)}.`);
}

/** An optional yes/no: SANT/FALSKT or 1/0; blank or omitted = `fallback`. */
export function readOptionalFlag(value: unknown, arg: ArgName, fallback: boolean): boolean {
  propagateError(value);
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  throw invalidInput(`${arg[0]}: väntade SANT eller FALSKT.`, `${arg[1]}: expected TRUE or FALSE.`);
}

/** A range argument as rows of cells; a single value becomes a 1×1 range. */
export function asRows(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[]];
  return Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

/** "3×1": rows × columns, for shape messages. */
export function shapeText(rows: readonly unknown[][]): string {
  return `${rows.length}×${rows[0]?.length ?? 0}`;
}

/** A one-row or one-column range as a list; any other shape is an error. */
export function readVector(value: unknown, arg: ArgName): unknown[] {
  const rows = asRows(value);
  if (rows.length === 1) return rows[0];
  if (rows.every((row) => row.length === 1)) return rows.map((row) => row[0]);
  throw invalidInput(
    `${arg[0]}: ska vara en rad eller en kolumn, inte ${shapeText(rows)} celler.`,
    `${arg[1]}: must be one row or one column, not ${shapeText(rows)} cells.`,
  );
}

/** Cell position in a range for messages: "rad 2, kolumn 1" / "row 2, column 1". */
export function cellName(arg: ArgName, row: number, column: number): ArgName {
  return [`${arg[0]} (rad ${row + 1}, kolumn ${column + 1})`, `${arg[1]} (row ${row + 1}, column ${column + 1})`];
}
