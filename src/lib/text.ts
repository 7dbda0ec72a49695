/** Lower-case, strip diacritics and collapse spaces, so "Rūpali  GANGULY" matches "rupali ganguly". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
