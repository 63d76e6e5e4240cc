/**
 * record[key] only when key is the record's own key. A lookup keyed by user text (a sheet
 * name, a word in a cell, a config key) must not reach Object.prototype: "constructor" or
 * "toString" would find a function, "__proto__" the prototype.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
