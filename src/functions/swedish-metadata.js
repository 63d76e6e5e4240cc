/**
 * Build step (CommonJS, used by webpack.config.js and by the tests): makes the Swedish
 * custom-functions metadata from the generated English functions.json and the Swedish
 * table functions.sv.json. Function ids, names and parameter order stay the same (formulas
 * read FINSAM.SPLIT in every language); parameter names and all descriptions become
 * Swedish. Any id or parameter missing on either side is an error, so they cannot drift.
 */
function swedishMetadata(englishMetadata, swedishTable) {
  const ids = new Set(englishMetadata.functions.map((f) => f.id));
  const extra = Object.keys(swedishTable).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`functions.sv.json describes unknown functions: ${extra.join(", ")}`);
  return {
    ...englishMetadata,
    functions: englishMetadata.functions.map((fn) => {
      const sv = swedishTable[fn.id];
      if (!sv) throw new Error(`functions.sv.json has no entry for ${fn.id}`);
      const names = (fn.parameters || []).map((p) => p.name);
      const svNames = Object.keys(sv.parameters || {});
      if (names.join() !== svNames.join()) {
        throw new Error(`functions.sv.json ${fn.id}: parameters ${svNames.join()} do not match ${names.join()}`);
      }
      return {
        ...fn,
        description: sv.description,
        parameters: (fn.parameters || []).map((p) => ({
          ...p,
          name: sv.parameters[p.name].name,
          description: sv.parameters[p.name].description,
        })),
      };
    }),
  };
}

module.exports = { swedishMetadata };
