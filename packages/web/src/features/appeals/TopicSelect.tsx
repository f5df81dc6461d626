import { useQuery } from '@apollo/client';
import { TopicDocument, TopicsDocument } from '@cur/schema';
import { Select, Spin } from 'antd';
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { isQuestionTopic } from './topicLevels';

const MIN_SEARCH_LENGTH = 2;

interface TopicSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  status?: 'error' | 'warning';
  /** Offers only questions and their refinements (levels 4 and 5), the topics an appeal may have. */
  questionsOnly?: boolean;
  'data-testid'?: string;
}

const topicLabel = (topic: { code: string; title: string }) => `${topic.code} — ${topic.title}`;

/** Picks a ТОТКО classifier topic by searching titles and codes on the server. */
export function TopicSelect({
  value,
  onChange,
  placeholder = 'Код или название темы',
  questionsOnly = false,
  ...rest
}: TopicSelectProps) {
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const searching = debouncedSearch.length >= MIN_SEARCH_LENGTH;
  const matches = useQuery(TopicsDocument, {
    variables: { filter: { search: debouncedSearch } },
    skip: !searching,
    fetchPolicy: 'cache-first',
  });
  // Gives a label to a value that came from outside the search, such as the address bar.
  const selected = useQuery(TopicDocument, {
    variables: { code: value ?? '' },
    skip: !value,
    fetchPolicy: 'cache-first',
  });

  const options = useMemo(() => {
    const found = searching ? (matches.data?.topics ?? []) : [];
    // NOTE: the topics query has no level filter and returns at most 200 matches in code order,
    // so a broad search may fill them with headings and leave fewer questions than exist.
    const offered = questionsOnly ? found.filter(isQuestionTopic) : found;
    const list = offered.map((topic) => ({ value: topic.code, label: topicLabel(topic), title: topic.title }));
    const current = selected.data?.topic;
    if (value && !list.some((option) => option.value === value)) {
      list.unshift({ value, label: current ? topicLabel(current) : value, title: current?.title ?? value });
    }
    return list;
  }, [searching, matches.data, selected.data, value, questionsOnly]);

  let notFound: ReactNode = 'Ничего не найдено';
  if (!searching) {
    notFound = `Введите не менее ${MIN_SEARCH_LENGTH} символов кода или названия`;
  } else if (matches.loading) {
    notFound = <Spin size="small" />;
  } else if (matches.error) {
    notFound = 'Не удалось загрузить классификатор';
  }

  return (
    <Select<string>
      {...rest}
      showSearch
      value={value ?? undefined}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setSearch}
      onChange={(code) => onChange?.(code ?? null)}
      onClear={() => onChange?.(null)}
      options={options}
      notFoundContent={notFound}
      loading={matches.loading}
      popupMatchSelectWidth={false}
    />
  );
}
