/** Statement kinds a sheet or table can be (also the values of a sheet-role override), in the order the settings list them. */
export const TABLE_KINDS = ["rr", "br", "kf", "note", "budget-utfall", "budget", "driftsredovisning", "five-year", "member-contributions", "other"] as const;

export type TableKind = (typeof TABLE_KINDS)[number];
