import { InputError, InputErrorKind } from "../core/input-error";

/** The Excel error for each kind of bad input (looked up at call time: the runtime's global may load after this module). */
function codeOf(kind: InputErrorKind): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  return { value: codes.invalidValue, divisionByZero: codes.divisionByZero, tooLarge: codes.invalidNumber }[kind];
}

/**
 * Excel shows a custom function's message only with #VALUE! and #N/A (Microsoft's
 * CustomFunctions.ErrorCode reference: "a custom error message can't be used" with
 * #DIV/0!, #NUM!, #NULL!, #NAME?, #REF!); the other codes go out bare.
 */
function withMessage(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  const shown = code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable;
  return shown ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

/**
 * Turns anything thrown while computing a function into an Excel error, with the message
 * (Swedish, then English) where Excel shows one: never a bare exception.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof InputError) return withMessage(codeOf(error.kind), error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return withMessage(CustomFunctions.ErrorCode.invalidValue, `Oväntat fel i FINSAM: ${detail} / Unexpected error in FINSAM: ${detail}`);
}

/** Runs `compute`; whatever it throws leaves as an Excel error. */
export function excelErrorsOnly<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
