/**
 * docs/checks.md, generated from each registered check's meta (`npm run docs:checks`): what it
 * compares, what it reads, the basis of its findings and its messages — the checks inside a
 * workbook, then those across documents. A test fails when the file is stale
 * (test/checks/registry.test.ts).
 */
import type { Check, CheckMeta } from "../src/checks/check";
import type { DocumentCheck, DocumentCheckMeta } from "../src/documents/document-check";
import { BASIS_TEXT } from "../src/findings/basis-text";

const HEADER = `# Kontroller / Checks

Genererad från kontrollernas \`meta\` med \`npm run docs:checks\` — redigera inte för hand.
*Generated from the checks' \`meta\` by \`npm run docs:checks\` — do not edit by hand.*

Kontrollerna körs i den här ordningen; varje fynd har kontrollens id. {placeholders} i meddelandena fylls i med fyndets rader, kolumner och tal.
*The checks run in this order; each finding carries its check's id. {placeholders} in the messages are filled with the finding's rows, columns and figures.*
`;

const ACROSS = `## Kontroller mellan dokument / Checks across documents

Körs när arbetsboken valideras tillsammans med fjolårets årsredovisning eller budgeten (\`--prior\`, \`--budget\`, \`--together\`); ett fynd hör till det tidigare dokumentet av paret och namnger den andra sidan.
*Run when the workbook is validated with last year's annual report or the budget (\`--prior\`, \`--budget\`, \`--together\`); a finding belongs to the earlier document of the pair and names the other side.*`;

/** What a check inside a workbook reads (a check across documents reads the documents' understood tables). */
function reads(m: CheckMeta): string[] {
  const kinds = m.kinds === "any" ? "alla / all" : m.kinds.map((k) => `\`${k}\``).join(", ");
  const concepts = m.concepts.length ? m.concepts.map((k) => `\`${k}\``).join(", ") : "– (tabellens struktur / the table's structure)";
  return [`- Tabeller / tables: ${kinds}`, `- Begrepp / concepts: ${concepts}`];
}

function check(m: CheckMeta | DocumentCheckMeta, level = "##"): string {
  const messages = Object.entries<{ sv: string; en: string }>(m.messages).map(([id, t]) => `| \`${id}\` | ${cell(t.sv)} | ${cell(t.en)} |`);
  return [
    `${level} \`${m.id}\` — ${m.title.sv} / ${m.title.en}`,
    "",
    m.compares.sv,
    `*${m.compares.en}*`,
    "",
    ...("kinds" in m ? reads(m) : []),
    `- Grund / basis: \`${m.basis}\` — ${BASIS_TEXT[m.basis].sv} / ${BASIS_TEXT[m.basis].en}`,
    "",
    "| meddelande / message | svenska | English |",
    "|---|---|---|",
    ...messages,
  ].join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function checksDoc(checks: readonly Check[], across: readonly DocumentCheck[]): string {
  return [HEADER.trimEnd(), ...checks.map((c) => check(c.meta)), ACROSS, ...across.map((c) => check(c.meta, "###"))].join("\n\n") + "\n";
}
