import { InputError } from "../core/input-error";

/**
 * Turns anything thrown while computing a function into an Excel error with a message
 * (Swedish, then English): never a bare exception. Excel shows the message for #VALUE!.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof InputError) {
    const code = error.kind === "divisionByZero" ? CustomFunctions.ErrorCode.divisionByZero : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Oväntat fel i FINSAM: ${detail} / Unexpected error in FINSAM: ${detail}`,
  );
}

/** Runs `compute`; whatever it throws leaves as an Excel error. */
export function excelErrorsOnly<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
