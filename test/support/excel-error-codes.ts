/** Excel's CustomFunctions.ErrorCode values, for the stand-ins of the global CustomFunctions (Node tests, the Excel simulator, the benchmark). */
export const EXCEL_ERROR_CODES: Readonly<Record<string, string>> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
