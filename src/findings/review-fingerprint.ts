/**
 * The identity of a finding for its review mark: the check, the sheet, the cells (as a set),
 * the expected and actual figures and, across documents, the other side's sheet and cell.
 * An edit elsewhere leaves it as it was; a changed figure gives a new fingerprint, so the
 * mark lapses (a changed figure is a new finding). The message, the severity and the
 * tolerance are left out: a reworded message must not un-approve anything.
 */
import type { Finding } from "./finding";

/** Significant digits kept of a figure: float noise in the last bits does not count as a change. */
const DIGITS = 12;

export function fingerprintOf(f: Finding): string {
  const cells = [...f.cells].sort();
  const canonical = JSON.stringify([f.check, f.sheet, cells, figure(f.expected), figure(f.actual), f.other ? [f.other.sheet, f.other.cell] : null]);
  // Readable in the stored settings (check and a cell), unique by the hash of the rest.
  return `${f.check}|${cells[0] ?? ""}|${hash53(canonical).toString(36)}`;
}

function figure(v: number | null): string | null {
  if (v === null) return null;
  return Number.isFinite(v) ? String(Number(v.toPrecision(DIGITS))) : String(v);
}

/** cyrb53 (bryc, public domain): a 53-bit string hash, so the same text gives the same key in every engine. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
