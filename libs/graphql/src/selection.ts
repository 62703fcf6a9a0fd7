import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** What selectedFieldPaths needs of a resolver's info (graphql-js and graphql-jit both give it). */
export interface SelectionInfo {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

const cache = new WeakMap<FieldNode, ReadonlySet<string>>();

/**
 * Every field path selected under the resolver's field, by field name (not alias) and joined with
 * dots: `matches.checks.detailNl`. Fragments (named and inline) are followed. A field under
 * `@include`/`@skip` counts as selected whatever the variables say, so a caller that skips work
 * for unselected fields can only do too much, never too little. Kept per field node: a cached
 * document's nodes are the same objects on every request.
 */
export function selectedFieldPaths(info: SelectionInfo): ReadonlySet<string> {
  const [first] = info.fieldNodes;
  const known = info.fieldNodes.length === 1 && first ? cache.get(first) : undefined;
  if (known) return known;
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, visiting: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const path = prefix ? `${prefix}.${selection.name.value}` : selection.name.value;
        paths.add(path);
        walk(selection.selectionSet, path, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix, visiting);
      } else {
        const name = selection.name.value;
        // A fragment that spreads itself is refused by validation; this guards the walk anyway.
        if (visiting.has(name)) continue;
        visiting.add(name);
        walk(info.fragments[name]?.selectionSet, prefix, visiting);
        visiting.delete(name);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, '', new Set());
  if (info.fieldNodes.length === 1 && first) cache.set(first, paths);
  return paths;
}
