/** judge names a cause only when the numbers reproduce the printed figure with it (issue 13, "no contradictions"). */
import { judge } from "../../src/checks/support/relation";

const whole = (shown: number) => ({ shown, step: 1 });

describe("judge: the cause explains the difference", () => {
  // 1 000 − 400 = 600.
  const terms = [
    { figure: whole(1_000), sign: 1 },
    { figure: whole(400), sign: -1 },
  ];

  it("1 400 is 1 000 + 400: the sign of 400 turned", () => {
    expect(judge(whole(1_400), terms)?.cause).toBe("sign-flipped");
  });

  it("−600 is the expected figure negated", () => {
    expect(judge(whole(-600), terms)?.cause).toBe("sign-flipped");
  });

  it("−200 is 800 (twice 400) below, but no turned sign gives it: no cause", () => {
    // Turning 1 000 gives −1 400, turning 400 gives 1 400.
    expect(judge(whole(-200), terms)).toMatchObject({ severity: "error", difference: -800, cause: null });
  });

  it("1 000 alone: the 400 left out", () => {
    expect(judge(whole(1_000), terms)?.cause).toBe("row-omitted");
  });
});
