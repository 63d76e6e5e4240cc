/** Shorthands for the rows of a TableSpec. */
import type { RowSpec } from "./table-spec";

type Options = Partial<Pick<RowSpec, "cost" | "note" | "offset" | "format" | "generic">>;

export function heading(label: string): RowSpec {
  return { id: `h:${label}`, kind: "heading", label };
}

export function item(id: string, label: string, figure: string, opts: Options = {}): RowSpec {
  return { id, kind: "item", label, figure, ...opts };
}

/** A total over rows of the same table; terms are row ids, "-id" subtracts (natural signs). */
export function total(id: string, label: string, figure: string, terms: string[], opts: Options = {}): RowSpec {
  return {
    id,
    kind: "total",
    label,
    figure,
    terms: terms.map((t) => (t.startsWith("-") ? { row: t.slice(1), sign: -1 as const } : { row: t, sign: 1 as const })),
    ...opts,
  };
}
