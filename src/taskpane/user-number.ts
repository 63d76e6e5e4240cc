/** A number typed in the pane: "12,5", "12.5", "12,5 %"; null when empty, NaN when not a number. */
export function parseUserNumber(s: string): number | null {
  const t = s
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".")
    .replace(/%$/, "");
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}
