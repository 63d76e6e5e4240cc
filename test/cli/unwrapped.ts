/** Reading the wrapped text report back as one line per entry, for tests that look for a finding's text. */
import { FINDING_INDENT } from "../../src/cli/report-text";

/** Runs of spaces as one: wrapping turns the spaces at a break into a line end and an indent. */
export const spaced = (s: string) => s.replace(/ +/g, " ");

/** The report's entries as single lines (spaces run together): a continuation line, indented, joined to the line it continues. */
export function unwrapped(stdout: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split("\n")) {
    if (line.startsWith(" ".repeat(FINDING_INDENT)) && out.length > 0) out[out.length - 1] += " " + line.trimStart();
    else out.push(line);
  }
  return out.map(spaced);
}
