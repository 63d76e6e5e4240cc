// The baseline the CLI is compared with: ExcelJS loading the same file, nothing else.
const ExcelJS = require("exceljs");
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  () => process.exit(0),
  (err) => {
    console.error(err.message);
    process.exit(2);
  },
);
