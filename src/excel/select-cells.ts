/** Activates a sheet and selects cells on it: one round trip. */
import type { Place } from "./cell-ref";

export async function selectPlace(context: Excel.RequestContext, place: Place): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(place.sheet);
  sheet.activate();
  if (place.address.includes(",")) sheet.getRanges(place.address).select();
  else sheet.getRange(place.address).select();
  await context.sync();
}
