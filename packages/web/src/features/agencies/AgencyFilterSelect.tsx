import { Select } from 'antd';
import { useAgencyOptions } from './useAgencyOptions';

interface AgencyFilterSelectProps {
  value: string | null | undefined;
  onChange: (agencyId: string | null) => void;
  placeholder?: string;
  width?: number;
  testId?: string;
}

/** Renders a list filter by agency, searchable by short name; clearing it selects every agency. */
export function AgencyFilterSelect({ value, onChange, placeholder = 'Орган власти', width = 240, testId }: AgencyFilterSelectProps) {
  const agencies = useAgencyOptions();
  return (
    <Select<string>
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={placeholder}
      style={{ width }}
      value={value ?? undefined}
      onChange={(agencyId) => onChange(agencyId ?? null)}
      options={agencies.options}
      loading={agencies.loading}
      data-testid={testId}
    />
  );
}
