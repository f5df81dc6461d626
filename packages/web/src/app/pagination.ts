import type { FieldPolicy, KeySpecifier } from '@apollo/client/cache/inmemory/policies';

interface Connection {
  edges: readonly unknown[];
}

interface PageArgs {
  page?: { after?: string | null } | null;
}

/**
 * Builds a cache policy for the API's forward-only connections (`page: {first, after}`). A request
 * without `after` replaces the list, and a request with `after` appends its edges after that cursor.
 */
export function forwardPagination(keyArgs: KeySpecifier): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      const after = (args as PageArgs | null)?.page?.after;
      if (!existing || !after) {
        return incoming;
      }
      const cursorIndex = existing.edges.findIndex((edge) => readField('cursor', edge as never) === after);
      const edgesUpToCursor = cursorIndex >= 0 ? existing.edges.slice(0, cursorIndex + 1) : existing.edges;
      return { ...incoming, edges: [...edgesUpToCursor, ...incoming.edges] };
    },
  };
}
