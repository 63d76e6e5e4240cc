import { Exact, toNumber } from "./exact-decimal";
import { InputError, invalidInput } from "./input-error";

/** Soliditet (equity ratio) = eget kapital / summa tillgångar, as a fraction (0.312 = 31,2 %). */
export function soliditet(equity: number, totalAssets: number): number {
  if (totalAssets === 0) {
    throw new InputError("divisionByZero", "Summa tillgångar är 0: soliditeten är odefinierad.", "Total assets are 0: the equity ratio is undefined.");
  }
  if (totalAssets < 0) {
    throw invalidInput(`Summa tillgångar kan inte vara negativ (${totalAssets}).`, `Total assets cannot be negative (${totalAssets}).`);
  }
  return toNumber(new Exact(equity).div(totalAssets));
}
