import { ClearOutlined } from '@ant-design/icons';
import type { AppealChannel, AppealOrderField, AppealStatus, SortDirection } from '@cur/schema';
import { Button, DatePicker, Select, Space } from 'antd';
import { dayjs } from '../../shared/dayjs';
import { APPEAL_STATUS_LABELS, CHANNEL_LABELS, optionsOf } from '../../shared/labels';
import { SearchBox } from '../../shared/SearchBox';
import { AgencyFilterSelect } from '../agencies/AgencyFilterSelect';
import { TopicSelect } from './TopicSelect';
import type { AppealsListParams } from './useAppealsList';

interface AppealsFiltersProps {
  params: AppealsListParams;
  onChange: (patch: Partial<AppealsListParams>) => void;
  onReset: () => void;
  /** Whether the agency filter is shown: agency officials see their own agency only. */
  showAgency: boolean;
}

const ORDER_OPTIONS: { value: AppealOrderField; label: string }[] = [
  { value: 'REGISTERED_AT', label: 'По дате регистрации' },
  { value: 'RECEIVED_AT', label: 'По дате поступления' },
  { value: 'ANSWER_DUE_AT', label: 'По сроку ответа' },
];

const DIRECTION_OPTIONS: { value: SortDirection; label: string }[] = [
  { value: 'DESC', label: 'Сначала новые / поздние' },
  { value: 'ASC', label: 'Сначала старые / ранние' },
];

export function AppealsFilters({ params, onChange, onReset, showAgency }: AppealsFiltersProps) {
  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
      <SearchBox
        value={params.text}
        onSearch={(text) => onChange({ text })}
        placeholder="Номер, заявитель или текст"
        width={280}
        testId="appeals-search"
      />
      {showAgency && <AgencyFilterSelect value={params.agencyId} onChange={(agencyId) => onChange({ agencyId })} testId="appeals-agency-filter" />}
      <Select<AppealStatus[]>
        mode="multiple"
        allowClear
        placeholder="Статусы"
        style={{ minWidth: 220 }}
        value={params.statuses}
        onChange={(value) => onChange({ statuses: value })}
        options={optionsOf(APPEAL_STATUS_LABELS)}
        maxTagCount="responsive"
        data-testid="appeals-status-filter"
      />
      <Select<AppealChannel[]>
        mode="multiple"
        allowClear
        placeholder="Каналы поступления"
        style={{ minWidth: 240 }}
        value={params.channels}
        onChange={(value) => onChange({ channels: value })}
        options={optionsOf(CHANNEL_LABELS)}
        maxTagCount="responsive"
        data-testid="appeals-channel-filter"
      />
      <TopicSelect
        allowClear
        placeholder="Тема по классификатору"
        style={{ width: 280 }}
        value={params.topicCode}
        onChange={(code) => onChange({ topicCode: code })}
        data-testid="appeals-topic-filter"
      />
      <DatePicker
        placeholder="Срок ответа до (включительно)"
        format="DD.MM.YYYY"
        style={{ width: 240 }}
        value={params.dueOnOrBefore ? dayjs(params.dueOnOrBefore) : null}
        onChange={(value) => onChange({ dueOnOrBefore: value ? value.format('YYYY-MM-DD') : null })}
        data-testid="appeals-due-filter"
      />
      <Select<AppealOrderField>
        style={{ width: 220 }}
        value={params.orderField}
        onChange={(value) => onChange({ orderField: value })}
        options={ORDER_OPTIONS}
        aria-label="Сортировка"
        data-testid="appeals-order"
      />
      <Select<SortDirection>
        style={{ width: 240 }}
        value={params.direction}
        onChange={(value) => onChange({ direction: value })}
        options={DIRECTION_OPTIONS}
        aria-label="Направление сортировки"
      />
      <Button icon={<ClearOutlined />} onClick={onReset}>
        Сбросить фильтры
      </Button>
    </Space>
  );
}
