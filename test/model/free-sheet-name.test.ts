/** The report sheets' names: free in Excel's sense, where sheet names ignore case. */
import { freeSheetName } from "../../src/model/free-sheet-name";

it.each([
  [[], "Validering"],
  [["Budget"], "Validering"],
  [["Validering"], "Validering 2"],
  [["validering"], "Validering 2"],
  [["VALIDERING", "validering 2"], "Validering 3"],
  [["Validering 2"], "Validering"],
  [["ÅRSRAPPORT", "validering", "Validering 2", "VALIDERING 3"], "Validering 4"],
])("with sheets %j: %s", (existing, expected) => {
  expect(freeSheetName("Validering", existing as string[])).toBe(expected);
});

it("compares letters beyond ASCII without case too", () => {
  expect(freeSheetName("Översikt", ["öVERSIKT"])).toBe("Översikt 2");
});
