/** The format plan as the pane lists it: sheets in first-seen order, tables under them, a few addresses each. */
import type { PlanItem } from "../../src/format/plan";
import { outlinePlan, shownAddresses } from "../../src/taskpane/plan-outline";

const item = (id: string, sheet: string, table: string | null): PlanItem =>
  ({ id, kind: "number-format", sheet, table, addresses: ["B2"], change: {}, count: 1, description: { sv: id, en: id } }) as PlanItem;

describe("outlinePlan", () => {
  it("groups by sheet in first-seen order, then by table; a table titled like its sheet has no heading", () => {
    const items = [
      item("a", "Resultaträkning", "Resultaträkning"),
      item("b", "Balansräkning", "Tillgångar"),
      item("c", "Resultaträkning", null),
      item("d", "Balansräkning", "Skulder"),
      item("e", "Balansräkning", "Tillgångar"),
    ];
    expect(outlinePlan(items).map((s) => ({ sheet: s.sheet, tables: s.tables.map((t) => [t.title, t.items.map((i) => i.id)]) }))).toEqual([
      {
        sheet: "Resultaträkning",
        tables: [
          [null, ["a"]],
          [null, ["c"]],
        ],
      },
      {
        sheet: "Balansräkning",
        tables: [
          ["Tillgångar", ["b", "e"]],
          ["Skulder", ["d"]],
        ],
      },
    ]);
    expect(outlinePlan([])).toEqual([]);
  });
});

describe("shownAddresses", () => {
  it("lists up to three addresses, then an ellipsis", () => {
    expect(shownAddresses(["B2"])).toBe("B2");
    expect(shownAddresses(["B2", "B3", "B4"])).toBe("B2, B3, B4");
    expect(shownAddresses(["B2", "B3", "B4", "B5"])).toBe("B2, B3, B4 …");
  });
});
