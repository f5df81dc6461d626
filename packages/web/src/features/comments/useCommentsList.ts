import { NetworkStatus, useQuery } from '@apollo/client';
import { InformationRisksDocument, type InformationRiskFilter, type InformationRiskStatus } from '@cur/schema';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { INFORMATION_RISK_STATUS_LABELS } from '../../shared/labels';

export const COMMENTS_PAGE_SIZE = 20;

/** The list's filters, kept in the address bar so that «Назад» from a case card restores them. */
export interface CommentsListParams {
  agencyId: string | null;
  statuses: InformationRiskStatus[];
  text: string | null;
}

function readParams(search: URLSearchParams): CommentsListParams {
  const statuses = (search.get('status') ?? '')
    .split(',')
    .filter((item): item is InformationRiskStatus => item in INFORMATION_RISK_STATUS_LABELS);
  return { agencyId: search.get('agency'), statuses, text: search.get('q') };
}

function writeParams(params: CommentsListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.agencyId) search.set('agency', params.agencyId);
  if (params.statuses.length > 0) search.set('status', params.statuses.join(','));
  if (params.text) search.set('q', params.text);
  return search;
}

function filterOf(params: CommentsListParams): InformationRiskFilter {
  const filter: InformationRiskFilter = {};
  if (params.agencyId) filter.agencyId = params.agencyId;
  if (params.statuses.length > 0) filter.statuses = params.statuses;
  if (params.text?.trim()) filter.text = params.text.trim();
  return filter;
}

/** Loads the misinformation cases for the filters in the address bar, newest detection first, 20 at a time. */
export function useCommentsList() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const variables = useMemo(() => ({ filter: filterOf(params), page: { first: COMMENTS_PAGE_SIZE } }), [params]);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(InformationRisksDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });

  const update = useCallback(
    (patch: Partial<CommentsListParams>) => setSearch(writeParams({ ...params, ...patch }), { replace: true }),
    [params, setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);

  const endCursor = data?.informationRisks.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    if (!endCursor) {
      return;
    }
    await fetchMore({ variables: { page: { first: COMMENTS_PAGE_SIZE, after: endCursor } } });
  }, [endCursor, fetchMore]);

  return {
    params,
    update,
    reset,
    connection: data?.informationRisks,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
