import type { ContactOfficialDetailsFragment } from '@cur/schema';
import { Empty, Table, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../shared/format';
import { CONTACT_FIELD_LABELS } from '../../shared/labels';

type Change = ContactOfficialDetailsFragment['history'][number];

/** Formats a history value for display. The `active` field's history stores booleans as the text true or false. */
function displayValue(field: string, value: string | null | undefined): string {
  if (value == null || value === '') {
    return '—';
  }
  if (field === 'active') {
    if (value === 'true') {
      return 'Действует';
    }
    if (value === 'false') {
      return 'Не действует';
    }
  }
  return value;
}

const columns: TableColumnsType<Change> = [
  { title: 'Когда', key: 'changedAt', render: (_, change) => formatDateTime(change.changedAt), width: 170 },
  { title: 'Кто', key: 'changedBy', render: (_, change) => change.changedBy?.fullName ?? 'Система' },
  { title: 'Поле', key: 'field', render: (_, change) => CONTACT_FIELD_LABELS[change.field] ?? change.field },
  {
    title: 'Было → стало',
    key: 'values',
    render: (_, change) => (
      <span>
        <span style={{ color: '#8c8c8c' }}>{displayValue(change.field, change.oldValue)}</span>
        {' → '}
        <strong>{displayValue(change.field, change.newValue)}</strong>
      </span>
    ),
  },
];

/** Renders every change of a contact official's fields, newest first. */
export function ContactHistory({ history }: { history: Change[] }) {
  if (history.length === 0) {
    return <Empty description="Изменений нет" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  }
  return <Table<Change> rowKey="id" size="small" columns={columns} dataSource={history} pagination={false} />;
}
