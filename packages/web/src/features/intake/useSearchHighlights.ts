import { useQuery } from '@apollo/client';
import { AppealSearchHighlightsDocument, type AppealSearchHighlightsQuery } from '@cur/schema';
import { useMemo } from 'react';
import { filterOf, type AppealsListParams } from '../appeals/useAppealsList';

type Matches = NonNullable<AppealSearchHighlightsQuery['appeals']['edges'][number]['node']['searchMatches']>;

/** The server's page size limit, which bounds the rows one highlight query covers. */
const MAX_ROWS = 100;

/**
 * Loads the highlighted matches of the rows the list shows, by the same filter, order and row
 * count, so the server runs ts_headline on those rows only. Returns them by appeal id.
 */
export function useSearchHighlights(params: AppealsListParams, rowCount: number): Map<string, Matches> {
  const text = params.text?.trim() ?? '';
  const { data } = useQuery(AppealSearchHighlightsDocument, {
    variables: {
      filter: filterOf(params),
      orderBy: { field: params.orderField, direction: params.direction },
      page: { first: Math.min(Math.max(rowCount, 1), MAX_ROWS) },
      text,
    },
    skip: text === '' || rowCount === 0,
  });
  return useMemo(() => {
    const byId = new Map<string, Matches>();
    for (const edge of data?.appeals.edges ?? []) {
      if (edge.node.searchMatches) {
        byId.set(edge.node.id, edge.node.searchMatches);
      }
    }
    return byId;
  }, [data]);
}
