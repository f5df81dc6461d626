import { NetworkStatus, useQuery } from '@apollo/client';
import {
  AppealsDocument,
  type AppealChannel,
  type AppealFilter,
  type AppealOrderField,
  type AppealStatus,
  type SortDirection,
} from '@cur/schema';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { moscowDayEnd } from '../../shared/format';
import { APPEAL_STATUS_LABELS, CHANNEL_LABELS } from '../../shared/labels';

export const APPEALS_PAGE_SIZE = 20;

/** The list's filters and order, kept in the address bar so that «Назад» from a card restores them. */
export interface AppealsListParams {
  agencyId: string | null;
  statuses: AppealStatus[];
  channels: AppealChannel[];
  topicCode: string | null;
  /** A Moscow calendar date YYYY-MM-DD. The list keeps appeals whose reply is due on or before it. */
  dueOnOrBefore: string | null;
  text: string | null;
  orderField: AppealOrderField;
  direction: SortDirection;
}

const ORDER_FIELDS: readonly AppealOrderField[] = ['REGISTERED_AT', 'RECEIVED_AT', 'ANSWER_DUE_AT'];

function listOf<Value extends string>(raw: string | null, allowed: Record<Value, string>): Value[] {
  if (!raw) {
    return [];
  }
  return raw.split(',').filter((item): item is Value => item in allowed);
}

function readParams(search: URLSearchParams): AppealsListParams {
  const orderField = search.get('sort') as AppealOrderField | null;
  const due = search.get('due');
  return {
    agencyId: search.get('agency'),
    statuses: listOf(search.get('status'), APPEAL_STATUS_LABELS),
    channels: listOf(search.get('channel'), CHANNEL_LABELS),
    topicCode: search.get('topic'),
    dueOnOrBefore: due && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
    text: search.get('q'),
    orderField: orderField && ORDER_FIELDS.includes(orderField) ? orderField : 'REGISTERED_AT',
    direction: search.get('dir') === 'ASC' ? 'ASC' : 'DESC',
  };
}

function writeParams(params: AppealsListParams): URLSearchParams {
  const search = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value) {
      search.set(key, value);
    }
  };
  put('agency', params.agencyId);
  put('status', params.statuses.join(','));
  put('channel', params.channels.join(','));
  put('topic', params.topicCode);
  put('due', params.dueOnOrBefore);
  put('q', params.text);
  if (params.orderField !== 'REGISTERED_AT') {
    search.set('sort', params.orderField);
  }
  if (params.direction !== 'DESC') {
    search.set('dir', params.direction);
  }
  return search;
}

/** Converts the list's parameters to the `appeals` query's filter, which the exports take too. */
export function filterOf(params: AppealsListParams): AppealFilter {
  const filter: AppealFilter = {};
  if (params.agencyId) filter.agencyId = params.agencyId;
  if (params.statuses.length > 0) filter.statuses = params.statuses;
  if (params.channels.length > 0) filter.channels = params.channels;
  if (params.topicCode) filter.topicCode = params.topicCode;
  if (params.dueOnOrBefore) filter.dueBefore = moscowDayEnd(params.dueOnOrBefore);
  if (params.text?.trim()) filter.text = params.text.trim();
  return filter;
}

/** Loads the appeals list for the filters in the address bar, 20 at a time, forward only. */
export function useAppealsList() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const variables = useMemo(
    () => ({
      filter: filterOf(params),
      orderBy: { field: params.orderField, direction: params.direction },
      page: { first: APPEALS_PAGE_SIZE },
    }),
    [params],
  );
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(AppealsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });

  const update = useCallback(
    (patch: Partial<AppealsListParams>) => setSearch(writeParams({ ...params, ...patch }), { replace: true }),
    [params, setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);

  const endCursor = data?.appeals.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    if (!endCursor) {
      return;
    }
    await fetchMore({ variables: { page: { first: APPEALS_PAGE_SIZE, after: endCursor } } });
  }, [endCursor, fetchMore]);

  return {
    params,
    update,
    reset,
    connection: data?.appeals,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
