/**
 * Towns, districts and quarters of the Arab world that CLDR, iso3166-2-db and the two locality
 * packages do not name: hand-curated, in the format of `curated.ts` (places only, kind `L`).
 * Their one-word names are suggested only where a place is expected, like the locality lists'
 * (see SOURCES.md).
 */
export const TOWNS = `
`;
