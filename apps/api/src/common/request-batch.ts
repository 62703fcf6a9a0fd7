import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * Loads what the items of one list ask for together: a nested field resolves once per item of a
 * page, and each call adds its key to the DataLoader of its scope (the GraphQL operation's context,
 * so nothing is shared between requests or users) and its name (the field and its arguments).
 * DataLoader runs `load` once with every key asked for in the same tick (GraphQL calls the resolver
 * of every item of a page before that), and each call gets its key's value (undefined when the map
 * has none). A key asked for twice in one operation is loaded once.
 *
 * A loader per operation, found by its context, instead of a request-scoped Nest provider: that
 * would make Nest build every resolver again for each request.
 */
export function loadInBatch<K, V>(
  scope: object,
  name: string,
  key: K,
  load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): Promise<V | undefined> {
  let named = loaders.get(scope);
  if (!named) loaders.set(scope, (named = new Map<string, DataLoader<unknown, unknown>>()));
  let loader = named.get(name) as DataLoader<K, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | undefined>(async (keys) => {
      const values = await load(keys);
      return keys.map((k) => values.get(k));
    });
    named.set(name, loader);
  }
  return loader.load(key);
}
