import { ClearOutlined } from '@ant-design/icons';
import type { InformationRiskStatus } from '@cur/schema';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { INFORMATION_RISK_STATUS_LABELS, optionsOf } from '../../shared/labels';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import type { CommentsListParams } from './useCommentsList';

interface CommentsFiltersProps {
  params: CommentsListParams;
  onChange: (patch: Partial<CommentsListParams>) => void;
  onReset: () => void;
  /** Whether the agency filter is shown: agency officials see their own agency's cases only. */
  showAgency: boolean;
}

export function CommentsFilters({ params, onChange, onReset, showAgency }: CommentsFiltersProps) {
  const agencies = useAgencyOptions(!showAgency);
  const [text, setText] = useState(params.text ?? '');
  useEffect(() => setText(params.text ?? ''), [params.text]);

  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder="Номер, заголовок, фрагмент или источник"
        style={{ width: 340 }}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ text: value.trim() || null })}
        data-testid="comments-search"
      />
      <Select<InformationRiskStatus[]>
        mode="multiple"
        allowClear
        placeholder="Статусы"
        style={{ minWidth: 260 }}
        value={params.statuses}
        onChange={(value) => onChange({ statuses: value })}
        options={optionsOf(INFORMATION_RISK_STATUS_LABELS)}
        maxTagCount="responsive"
        data-testid="comments-status-filter"
      />
      {showAgency && (
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Орган власти"
          style={{ width: 240 }}
          value={params.agencyId ?? undefined}
          onChange={(value) => onChange({ agencyId: value ?? null })}
          options={agencies.options}
          loading={agencies.loading}
          data-testid="comments-agency-filter"
        />
      )}
      <Button icon={<ClearOutlined />} onClick={onReset}>
        Сбросить фильтры
      </Button>
    </Space>
  );
}
