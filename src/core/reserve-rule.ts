/**
 * The user's rule for the ceiling on eget kapital, as a function of yearly member
 * contributions. No rule is built in: Nationella rådet's staircase is not known to us,
 * so the user supplies it (a percentage, or a staircase kept in a Parametrar range).
 */
export interface StaircaseStep {
  /** Lower bound of the step, in kr of member contributions. */
  from: number;
  /** Rate as a fraction (0.17 = 17 %). */
  rate: number;
  /** Fixed amount added for this step, in kr (optional). */
  fixed?: number;
}

export type ReserveRule =
  | { kind: "percent"; rate: number }
  | {
      kind: "staircase";
      /** "marginal": each rate applies to the part within its step (like income tax);
       *  "whole": the rate of the step the amount falls in applies to the whole amount. */
      mode: "marginal" | "whole";
      steps: StaircaseStep[];
    };
