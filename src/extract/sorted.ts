/**
 * How many leading items of a sorted list satisfy `isBefore` (which must hold for a prefix of the list and
 * then never again): a binary search, so lookups in long articles stay logarithmic.
 */
export function countBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
