import { useQuery } from '@apollo/client';
import { AgenciesDocument } from '@cur/schema';
import { useMemo } from 'react';

/** The server's maximum page size; the republic has fewer agencies than that. */
const AGENCY_OPTIONS_PAGE_SIZE = 100;

/** Loads every agency once for pickers, as antd Select options labelled by the short name. */
export function useAgencyOptions(skip = false) {
  const { data, loading, error, refetch } = useQuery(AgenciesDocument, {
    variables: { page: { first: AGENCY_OPTIONS_PAGE_SIZE } },
    fetchPolicy: 'cache-first',
    skip,
  });
  const options = useMemo(
    () =>
      (data?.agencies.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: node.shortName,
        title: node.name,
      })),
    [data],
  );
  return { options, loading, error, refetch };
}
