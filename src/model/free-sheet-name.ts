/**
 * A sheet name no sheet of the workbook has yet: `base`, else "base 2", "base 3", … Excel
 * compares sheet names without regard to case ("validering" and "Validering" are the same
 * sheet), so the names are compared case-insensitively.
 */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLocaleUpperCase());
  let name = base;
  for (let n = 2; taken.has(name.toLocaleUpperCase()); n++) name = `${base} ${n}`;
  return name;
}
