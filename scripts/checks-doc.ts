/**
 * docs/checks.md, generated from each registered check's meta (`npm run docs:checks`): what it
 * compares, what it reads, the basis of its findings and its messages. A test fails when the
 * file is stale (test/checks/registry.test.ts).
 */
import type { Check } from "../src/checks/check";
import { BASIS_TEXT } from "../src/findings/basis-text";

const HEADER = `# Kontroller / Checks

Genererad från kontrollernas \`meta\` med \`npm run docs:checks\` — redigera inte för hand.
*Generated from the checks' \`meta\` by \`npm run docs:checks\` — do not edit by hand.*

Kontrollerna körs i den här ordningen; varje fynd har kontrollens id. {placeholders} i meddelandena fylls i med fyndets rader, kolumner och tal.
*The checks run in this order; each finding carries its check's id. {placeholders} in the messages are filled with the finding's rows, columns and figures.*
`;

function check(c: Check): string {
  const m = c.meta;
  const kinds = m.kinds === "any" ? "alla / all" : m.kinds.map((k) => `\`${k}\``).join(", ");
  const concepts = m.concepts.length ? m.concepts.map((k) => `\`${k}\``).join(", ") : "– (tabellens struktur / the table's structure)";
  const messages = Object.entries<{ sv: string; en: string }>(m.messages).map(([id, t]) => `| \`${id}\` | ${cell(t.sv)} | ${cell(t.en)} |`);
  return [
    `## \`${m.id}\` — ${m.title.sv} / ${m.title.en}`,
    "",
    m.compares.sv,
    `*${m.compares.en}*`,
    "",
    `- Tabeller / tables: ${kinds}`,
    `- Begrepp / concepts: ${concepts}`,
    `- Grund / basis: \`${m.basis}\` — ${BASIS_TEXT[m.basis].sv} / ${BASIS_TEXT[m.basis].en}`,
    "",
    "| meddelande / message | svenska | English |",
    "|---|---|---|",
    ...messages,
  ].join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function checksDoc(checks: readonly Check[]): string {
  return [HEADER.trimEnd(), ...checks.map(check)].join("\n\n") + "\n";
}
