import { ClearOutlined } from '@ant-design/icons';
import type { InformationRiskStatus } from '@cur/schema';
import { Button, Select, Space } from 'antd';
import { INFORMATION_RISK_STATUS_LABELS, optionsOf } from '../../shared/labels';
import { SearchBox } from '../../shared/SearchBox';
import { AgencyFilterSelect } from '../agencies/AgencyFilterSelect';
import type { CommentsListParams } from './useCommentsList';

interface CommentsFiltersProps {
  params: CommentsListParams;
  onChange: (patch: Partial<CommentsListParams>) => void;
  onReset: () => void;
  /** Whether the agency filter is shown: agency officials see their own agency's cases only. */
  showAgency: boolean;
}

export function CommentsFilters({ params, onChange, onReset, showAgency }: CommentsFiltersProps) {
  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
      <SearchBox
        value={params.text}
        onSearch={(text) => onChange({ text })}
        placeholder="Номер, заголовок, фрагмент или источник"
        width={340}
        testId="comments-search"
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
      {showAgency && <AgencyFilterSelect value={params.agencyId} onChange={(agencyId) => onChange({ agencyId })} testId="comments-agency-filter" />}
      <Button icon={<ClearOutlined />} onClick={onReset}>
        Сбросить фильтры
      </Button>
    </Space>
  );
}
