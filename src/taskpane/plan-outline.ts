/**
 * The format plan as the pane lists it: by sheet (first-seen order), then by table (a
 * table titled like its sheet gets no heading of its own), each item with the first few
 * of its addresses.
 */
import type { PlanItem } from "../format/plan";

export const MAX_SHOWN_ADDRESSES = 3;

export interface PlanOutline {
  sheet: string;
  tables: { title: string | null; items: PlanItem[] }[];
}

export function outlinePlan(items: PlanItem[]): PlanOutline[] {
  return [...new Set(items.map((i) => i.sheet))].map((sheet) => {
    const ofSheet = items.filter((i) => i.sheet === sheet);
    return {
      sheet,
      tables: [...new Set(ofSheet.map((i) => i.table))].map((table) => ({
        title: table && table !== sheet ? table : null,
        items: ofSheet.filter((i) => i.table === table),
      })),
    };
  });
}

/** "B5, B6, B7 …": the first addresses, and an ellipsis when there are more. */
export function shownAddresses(addresses: string[]): string {
  return addresses.slice(0, MAX_SHOWN_ADDRESSES).join(", ") + (addresses.length > MAX_SHOWN_ADDRESSES ? " …" : "");
}
