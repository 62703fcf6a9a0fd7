/** The keys asked for so far in one batch, and who waits for their values. */
interface Batch<K, V> {
  keys: Set<K>;
  waiting: Array<{ key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>;
}

const batches = new WeakMap<object, Map<string, Batch<unknown, unknown>>>();

/**
 * Loads what the items of one list ask for together, a small DataLoader: a nested field resolves
 * once per item of a page, and each call adds its key to the batch of its scope (the GraphQL
 * operation's context, so nothing is shared between requests or users) and its name (the field
 * and its arguments). Once GraphQL has called the resolver of every item on the page (the next
 * turn of the event loop: the pages' items are in memory, so their resolvers are all called
 * before it), `load` runs once with every key, and each call gets its key's value (undefined when
 * the map has none). No cache beyond the batch: the same key asked later is loaded again.
 *
 * Why not the `dataloader` package: this is all the API needs (one batch per field of a page, pages
 * of at most 100 items), and the scope and name keep the batch per request without a request-scoped
 * provider (which would make Nest build every resolver again for each request).
 */
export function loadInBatch<K, V>(
  scope: object,
  name: string,
  key: K,
  load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): Promise<V | undefined> {
  let named = batches.get(scope);
  if (!named) batches.set(scope, (named = new Map<string, Batch<unknown, unknown>>()));
  let batch = named.get(name) as Batch<K, V> | undefined;
  if (!batch) {
    const fresh: Batch<K, V> = { keys: new Set(), waiting: [] };
    named.set(name, fresh as Batch<unknown, unknown>);
    batch = fresh;
    const current = named;
    setImmediate(() => {
      // Keys asked for from now on start a new batch.
      if (current.get(name) === (fresh as Batch<unknown, unknown>)) current.delete(name);
      Promise.resolve()
        .then(() => load([...fresh.keys]))
        .then(
          (values) => fresh.waiting.forEach((w) => w.resolve(values.get(w.key))),
          (error: unknown) => fresh.waiting.forEach((w) => w.reject(error)),
        );
    });
  }
  const joined = batch;
  joined.keys.add(key);
  return new Promise<V | undefined>((resolve, reject) => joined.waiting.push({ key, resolve, reject }));
}
