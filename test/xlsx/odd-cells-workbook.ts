/**
 * A workbook holding every kind of cell the reader must handle: merged title, numbers
 * with formats, formulas with and without cached values (also 0), shared formulas, error
 * values, a date, rich text, a hyperlink, a percentage, a number stored as text, a
 * boolean, a 10 000-character label, a hidden row, and a row as wide as Excel allows.
 * Written with ExcelJS directly, not with the project's grid writer.
 */
import ExcelJS from "exceljs";

export async function writeOddCellsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget och utfall");
  ws.getCell("A1").value = "Sammanställning";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:D1");
  ws.getCell("B2").value = 1_393_712;
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("B3").value = 0;
  ws.getCell("B4").value = { formula: "SUM(B2:B3)", result: 1_393_712 };
  ws.getCell("B4").font = { bold: true };
  ws.getCell("B5").value = { formula: "B2-B2", result: 0 };
  ws.getCell("B6").value = { formula: "B2*2" }; // never calculated: no cached value
  ws.getCell("B7").value = { error: "#REF!" };
  ws.getCell("B8").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("C2").value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell("C2").numFmt = "yyyy-mm-dd";
  ws.getCell("C3").value = { richText: [{ text: "Summa ", font: { bold: true } }, { text: "intäkter" }] };
  ws.getCell("C4").value = { text: "Not 6", hyperlink: "#'Not 6'!A1" };
  ws.getCell("C5").value = 0.312;
  ws.getCell("C5").numFmt = "0.0%";
  ws.getCell("C6").value = "1 393 712";
  ws.getCell("C7").value = true;
  ws.getCell("A9").value = "x".repeat(10_000);
  ws.getRow(8).hidden = true;
  // A shared formula: D2 is the master, D3:D4 take it translated.
  ws.getCell("D2").value = { formula: "B2*2", result: 2_787_424, shareType: "shared", ref: "D2:D4" } as ExcelJS.CellValue;
  ws.getCell("D3").value = { sharedFormula: "D2", result: 0 } as ExcelJS.CellValue;
  ws.getCell("D4").value = { sharedFormula: "D2", result: 2_787_424 } as ExcelJS.CellValue;
  const w = wb.addWorksheet("Wide");
  for (let c = 1; c <= 16_384; c += 1_023) w.getCell(1, c).value = c;
  await wb.xlsx.writeFile(file);
}
