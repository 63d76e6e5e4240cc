import { sheetRef } from "../../src/model/grid";

describe("sheetRef: Excel's quoting of a sheet name in a reference", () => {
  it("leaves a name of letters (å, ä, ö too), digits, underscores and dots bare", () => {
    expect(sheetRef("Balansräkning", "C5")).toBe("Balansräkning!C5");
    expect(sheetRef("Not_6", "B9")).toBe("Not_6!B9");
    expect(sheetRef("Noter.2023", "A1")).toBe("Noter.2023!A1");
  });

  it("quotes a name with a space, a hyphen or another sign, or starting with a digit or dot", () => {
    expect(sheetRef("5-årsöversikt", "C5")).toBe("'5-årsöversikt'!C5");
    expect(sheetRef("Not 6", "B9")).toBe("'Not 6'!B9");
    expect(sheetRef("Budget netto", "B12")).toBe("'Budget netto'!B12");
    expect(sheetRef("2023", "A1")).toBe("'2023'!A1");
    expect(sheetRef(".x", "A1")).toBe("'.x'!A1");
  });

  it("quotes a name that reads as a cell (A1 within A–XFD and 1–1 048 576, or R1C1) and doubles a quote inside", () => {
    expect(sheetRef("A1", "B2")).toBe("'A1'!B2");
    expect(sheetRef("xfd1048576", "B2")).toBe("'xfd1048576'!B2");
    expect(sheetRef("XFE1", "B2")).toBe("XFE1!B2");
    expect(sheetRef("R1C1", "B2")).toBe("'R1C1'!B2");
    expect(sheetRef("RC", "B2")).toBe("'RC'!B2");
    expect(sheetRef("Resultat", "B2")).toBe("Resultat!B2");
    expect(sheetRef("Förbundets 'år'", "B2")).toBe("'Förbundets ''år'''!B2");
  });
});
