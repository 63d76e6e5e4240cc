/**
 * Bad input to a core computation. Carries the message in Swedish and English so every
 * face (cell error, CLI, task pane) can show it; `kind` says which Excel error it maps to:
 * value → #VALUE!, divisionByZero → #DIV/0!, tooLarge (a result no double holds) → #NUM!.
 */
export type InputErrorKind = "value" | "divisionByZero" | "tooLarge";

export class InputError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    readonly sv: string,
    readonly en: string,
  ) {
    super(`${sv} / ${en}`);
    this.name = "InputError";
  }
}

/** Shorthand for the common case: an invalid value. */
export function invalidInput(sv: string, en: string): InputError {
  return new InputError("value", sv, en);
}
