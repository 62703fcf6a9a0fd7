/** `{ A: 'A', B: 'B' }` from `['A', 'B'] as const`: the value side of a vocabulary, usable as `Kind.A`. */
export type EnumOf<T extends readonly string[]> = { readonly [K in T[number]]: K };

export function enumOf<const T extends readonly string[]>(values: T): EnumOf<T> {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as EnumOf<T>;
}
