import { loadInBatch } from './request-batch.js';

describe('loadInBatch', () => {
  /** A loader that records each batch it was asked for and answers key → key × 10. */
  function recorder() {
    const batches: number[][] = [];
    const load = async (keys: readonly number[]) => {
      batches.push([...keys]);
      return new Map(keys.filter((k) => k !== 0).map((k) => [k, k * 10]));
    };
    return { batches, load };
  }

  it('loads the keys asked for in the same turn together, each key once, and gives each its value', async () => {
    const { batches, load } = recorder();
    const scope = {};
    const answers = await Promise.all([1, 2, 3, 2, 0].map((k) => loadInBatch(scope, 'x', k, load)));
    expect(answers).toEqual([10, 20, 30, 20, undefined]);
    expect(batches).toEqual([[1, 2, 3, 0]]);
  });

  it('keeps scopes and names apart, and starts a new batch for keys asked for later', async () => {
    const { batches, load } = recorder();
    const one = {};
    const two = {};
    await Promise.all([
      loadInBatch(one, 'x', 1, load),
      loadInBatch(two, 'x', 2, load),
      loadInBatch(one, 'y', 3, load),
    ]);
    await loadInBatch(one, 'x', 4, load);
    expect(batches).toEqual([[1], [2], [3], [4]]);
  });

  it('fails every call of a batch whose load fails', async () => {
    const scope = {};
    const load = () => Promise.reject(new Error('down'));
    const calls = [1, 2].map((k) => loadInBatch<number, number>(scope, 'x', k, load));
    for (const call of calls) await expect(call).rejects.toThrow('down');
  });
});
