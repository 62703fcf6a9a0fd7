import { mergePages, newIds, reloadPages, type ConnectionPage } from './connectionPages';

type Row = { id: string };

function page(ids: string[], next: string | null, totalCount = 5): ConnectionPage<Row> {
  return {
    totalCount,
    pageInfo: { hasNextPage: next !== null, endCursor: next ?? ids.at(-1) ?? null },
    edges: ids.map((id) => ({ node: { id } })),
  };
}

describe('mergePages', () => {
  it('joins the pages in order and says where the next one starts', () => {
    const rows = mergePages([page(['a', 'b'], 'c-b'), page(['c', 'd'], 'c-d')]);
    expect(rows.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows).toMatchObject({ totalCount: 5, hasNextPage: true, endCursor: 'c-d' });
  });

  it('shows a row that moved onto the next page while paging once, where it was first', () => {
    const rows = mergePages([page(['a', 'b'], 'c-b'), page(['b', 'c'], null, 4)]);
    expect(rows.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(rows).toMatchObject({ totalCount: 4, hasNextPage: false, endCursor: null });
  });

  it('has no next page without a cursor to ask after, and nothing at all before the first answer', () => {
    expect(
      mergePages([{ ...page(['a'], null), pageInfo: { hasNextPage: true, endCursor: null } }]),
    ).toMatchObject({ hasNextPage: false });
    expect(mergePages([])).toEqual({ nodes: [], totalCount: 0, hasNextPage: false, endCursor: null });
  });
});

describe('reloadPages', () => {
  it('asks as many pages again as were loaded, each after the cursor of the one before', async () => {
    const asked: string[] = [];
    const pages: Record<string, ConnectionPage<Row>> = {
      'c-b': page(['c', 'd'], 'c-d', 6),
      'c-d': page(['e', 'f'], null, 6),
    };
    const reloaded = await reloadPages(page(['a', 'b'], 'c-b', 6), 2, async (after) => {
      asked.push(after);
      return pages[after];
    });
    expect(asked).toEqual(['c-b', 'c-d']);
    expect(reloaded.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(['c', 'd', 'e', 'f']);
  });

  it('stops when the list has become shorter than what was loaded', async () => {
    const asked: string[] = [];
    const reloaded = await reloadPages(page(['a', 'b'], 'c-b', 3), 3, async (after) => {
      asked.push(after);
      return page(['c'], null, 3);
    });
    expect(asked).toEqual(['c-b']);
    expect(reloaded).toHaveLength(1);
  });

  it('passes a refusal on, so the caller can say so', async () => {
    await expect(
      reloadPages(page(['a'], 'c-a'), 1, () => Promise.reject(new Error('not reached'))),
    ).rejects.toThrow('not reached');
  });
});

describe('newIds', () => {
  it('names the rows of a page that were not shown yet', () => {
    expect([...newIds([{ id: 'a' }, { id: 'b' }], page(['b', 'c', 'd'], null))]).toEqual(['c', 'd']);
  });
});
