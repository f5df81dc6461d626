import type { AppealChannel, AnalyticsFilter } from '@cur/schema';
import { DatePicker, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../shared/dayjs';
import { CHANNEL_LABELS, optionsOf } from '../../shared/labels';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { MunicipalitySelect } from '../appeals/ReferenceSelects';
import { earliestPeriodStart, latestPeriodEnd, MAX_PERIOD_YEARS } from './analyticsFilter';

interface AnalyticsFiltersProps {
  filter: AnalyticsFilter;
  onChange: (patch: Partial<AnalyticsFilter>) => void;
  /** Whether the agency filter is shown: the server limits an agency official to their own agency. */
  showAgency: boolean;
  /** The Russian message on why the period is rejected, shown under the period field, or null for a valid period. */
  periodError: string | null;
}

/**
 * Returns whether a day would make the period longer than the server accepts, counted from the end
 * picked first (`info.from`). Without such an end no day is disabled, so the page checks the period too.
 */
function isBeyondMaxPeriod(day: Dayjs, info: { from?: Dayjs }): boolean {
  if (!info.from) {
    return false;
  }
  const picked = info.from.format('YYYY-MM-DD');
  const date = day.format('YYYY-MM-DD');
  return date > latestPeriodEnd(picked) || date < earliestPeriodStart(picked);
}

/** Renders the page's filters: the period of registration, agencies, a municipality and channels. */
export function AnalyticsFilters({ filter, onChange, showAgency, periodError }: AnalyticsFiltersProps) {
  const agencies = useAgencyOptions(!showAgency);
  const period: [dayjs.Dayjs, dayjs.Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;

  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
      <Space direction="vertical" size={4}>
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          allowClear={false}
          value={period}
          status={periodError ? 'error' : undefined}
          disabledDate={isBeyondMaxPeriod}
          renderExtraFooter={() => `Период — не длиннее ${MAX_PERIOD_YEARS} лет`}
          onChange={(range) => {
            if (range?.[0] && range[1]) {
              onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
            }
          }}
          data-testid="analytics-period"
        />
        {periodError && (
          <Typography.Text type="danger" data-testid="analytics-period-error">
            {periodError}
          </Typography.Text>
        )}
      </Space>
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
