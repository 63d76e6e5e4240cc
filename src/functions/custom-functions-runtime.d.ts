/**
 * The part of Excel's custom-functions runtime (global `CustomFunctions`) this add-in uses.
 * Declared here because @types/custom-functions-runtime is not a dependency.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, functionObject: (...args: any[]) => unknown): void;
}
