import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { memberSplitCheck } from "../../src/checks/member-split";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][]) {
  return runCheck(memberSplitCheck, understandWorkbook(workbook(sheet("Medlemmar", rows))), {});
}

/** 004's member table (shared/domain/004_tables.md T1), 2022 column, Haninge as given. */
function members(haninge: number): Literal[][] {
  return [
    ["Sammantagna intäkter"],
    ["Medlem", "2022", "2023"],
    ["FK och AF", 8_158_000, 8_139_000],
    ["Region Stockholm", 4_079_000, 4_069_500],
    ["Haninge", haninge, 2_234_482],
    ["Tyresö", 1_166_549, 1_146_042],
    ["Nynäshamn", 689_677, 688_976],
    ["Summa", 16_316_000, 16_278_000],
    ["ESF-medel", 14_831_865, 8_341_424],
  ];
}

describe("member-split", () => {
  it("is silent when the state pays half, the region and the municipalities a quarter each (000's 2 222 774)", () => {
    expect(run(members(2_222_774))).toEqual([]);
  });

  it("reports 004's Haninge 2022 (2 222 744): the municipal parts are 30 kr short of the quarter, with each share", () => {
    const [finding, ...rest] = run(members(2_222_744));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: "member-split",
      severity: "error",
      cells: ["B5", "B6", "B7", "B8"],
      expected: 4_079_000,
      actual: 4_078_970,
      difference: -30,
    });
    expect(finding.message.sv).toContain("Haninge 54,49 %");
  });

  it("whole kronor: 2 kr short is information, 3 kr beyond the band (2,25) is an error", () => {
    expect(run(members(2_222_772))).toEqual([expect.objectContaining({ severity: "info", difference: -2 })]);
    expect(run(members(2_222_771))).toEqual([expect.objectContaining({ severity: "error", difference: -3 })]);
  });

  it('without a total: staten = region + kommunerna, region = the "…, varav" municipal parent (002)', () => {
    const rows = (state: number): Literal[][] => [
      ["", "Budget 2022"],
      ["Intäkter"],
      ["Medlemsavgift Staten (AF/FK)", state],
      ["Medlemsavgift SLL", 1_732_500],
      ["Medlemsavgift kommunerna, varav", 1_732_500],
      ["* Medlemsavgift Sollentuna", 762_300],
      ["* Medlemsavgift Upplands Väsby", 467_775],
      ["* Medlemsavgift Sigtuna", 502_425],
    ];
    expect(run(rows(3_465_000))).toEqual([]);
    expect(run(rows(3_565_000))).toEqual([expect.objectContaining({ cells: ["B3", "B4", "B5"], expected: 3_465_000, difference: 100_000 })]);
  });
});

checkTester(memberSplitCheck, {
  valid: [{ name: "000's 2 222 774: halves and quarters hold", sheets: [sheet("Medlemmar", members(2_222_774))] }],
  invalid: [
    {
      // 2 222 744 + 1 166 549 + 689 677 = 4 078 970 against 16 316 000 / 4 = 4 079 000; shares 54,49 %, 28,60 %, 16,91 % of 4 078 970.
      name: "004's Haninge 2022, 30 kr short",
      sheets: [sheet("Medlemmar", members(2_222_744))],
      findings: [
        {
          messageId: "municipalitiesQuarterSplit",
          severity: "error",
          cells: ["B5", "B6", "B7", "B8"],
          expected: 4_079_000,
          actual: 4_078_970,
          difference: -30,
          message: { sv: expect.stringContaining("(2022). Fördelning: Haninge 54,49 %, Tyresö 28,60 %, Nynäshamn 16,91 %.") },
        },
      ],
    },
  ],
});
