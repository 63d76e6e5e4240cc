/** A stand-in for Excel's global `CustomFunctions` (associate, Error, ErrorCode), for Node tests. */
import { EXCEL_ERROR_CODES } from "../support/excel-error-codes";
export interface CustomFunctionsStub {
  associate(id: string, fn: (...args: any[]) => unknown): void;
  Error: new (code?: string, message?: string) => { code: string; message?: string };
  ErrorCode: Record<string, string>;
  registered: Map<string, (...args: any[]) => any>;
}

export function makeCustomFunctionsStub(): CustomFunctionsStub {
  const registered = new Map<string, (...args: any[]) => any>();
  class ExcelError {
    constructor(
      public code: string = "#VALUE!",
      public message?: string,
    ) {}
  }
  return {
    associate: (id, fn) => void registered.set(id, fn),
    Error: ExcelError,
    ErrorCode: { ...EXCEL_ERROR_CODES },
    registered,
  };
}

/** Installs a stub as the global CustomFunctions (what the source modules reference at call time). */
export function installCustomFunctionsStub(): CustomFunctionsStub {
  const stub = makeCustomFunctionsStub();
  (globalThis as any).CustomFunctions = stub;
  return stub;
}

/** Calls `call` and returns the Excel error it throws; fails if it returns or throws anything else. */
export function excelErrorOf(stub: CustomFunctionsStub, call: () => unknown): { code: string; message?: string } {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof stub.Error) return error;
    throw new Error(`expected an Excel error, got a bare exception: ${String(error)}`);
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}
