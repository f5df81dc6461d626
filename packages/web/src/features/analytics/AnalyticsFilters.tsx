import type { AppealChannel, AnalyticsFilter } from '@cur/schema';
import { DatePicker, Select, Space } from 'antd';
import { dayjs } from '../../shared/dayjs';
import { CHANNEL_LABELS, optionsOf } from '../../shared/labels';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { MunicipalitySelect } from '../appeals/ReferenceSelects';

interface AnalyticsFiltersProps {
  filter: AnalyticsFilter;
  onChange: (patch: Partial<AnalyticsFilter>) => void;
  /** Whether the agency filter is shown: the server limits an agency official to their own agency. */
  showAgency: boolean;
}

/** Renders the page's filters: the period of registration, agencies, a municipality and channels. */
export function AnalyticsFilters({ filter, onChange, showAgency }: AnalyticsFiltersProps) {
  const agencies = useAgencyOptions(!showAgency);
  const period: [dayjs.Dayjs, dayjs.Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;

  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
      <DatePicker.RangePicker
        format="DD.MM.YYYY"
        allowClear={false}
        value={period}
        onChange={(range) => {
          if (range?.[0] && range[1]) {
            onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
          }
        }}
        data-testid="analytics-period"
      />
      {showAgency && (
        <Select<string[]>
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Все органы власти"
          style={{ minWidth: 260 }}
          maxTagCount="responsive"
          value={filter.agencyIds ?? []}
          onChange={(value) => onChange({ agencyIds: value })}
          options={agencies.options}
          loading={agencies.loading}
          data-testid="analytics-agency-filter"
        />
      )}
      <div style={{ width: 300 }} data-testid="analytics-municipality-filter">
        <MunicipalitySelect
          value={filter.municipalityOktmos?.[0] ?? null}
          onChange={(oktmo) => onChange({ municipalityOktmos: oktmo ? [oktmo] : [] })}
        />
      </div>
      <Select<AppealChannel[]>
        mode="multiple"
        allowClear
        placeholder="Все каналы"
        style={{ minWidth: 240 }}
        maxTagCount="responsive"
        value={filter.channels ?? []}
        onChange={(value) => onChange({ channels: value })}
        options={optionsOf(CHANNEL_LABELS)}
        data-testid="analytics-channel-filter"
      />
    </Space>
  );
}
