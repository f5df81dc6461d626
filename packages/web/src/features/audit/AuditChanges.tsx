import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { auditChangeRows, type AuditChangeRow } from './auditChanges';

interface AuditChangesProps {
  before: Record<string, unknown> | null | undefined;
  after: Record<string, unknown> | null | undefined;
}

const CHANGED_ROW_BACKGROUND = '#fffbe6';

function ValueCell({ text }: { text: string }) {
  return (
    <Typography.Paragraph
      style={{ marginBottom: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      ellipsis={{ rows: 3, expandable: true, symbol: 'ещё' }}
    >
      {text}
    </Typography.Paragraph>
  );
}

const labelColumn: TableColumnsType<AuditChangeRow>[number] = {
  title: 'Поле',
  key: 'label',
  width: 240,
  render: (_, row) => (
    <Tooltip title={row.key}>
      <span>{row.label}</span>
    </Tooltip>
  ),
};

/**
 * Renders the entity's state before and after the operation, as the server recorded it, one key a row.
 * A state that was not recorded, such as the before state of a creation, gets no column.
 */
export function AuditChanges({ before, after }: AuditChangesProps) {
  const columns: TableColumnsType<AuditChangeRow> = [labelColumn];
  if (before != null) {
    columns.push({ title: 'До', key: 'before', render: (_, row) => <ValueCell text={row.before} /> });
  }
  if (after != null) {
    columns.push({ title: 'После', key: 'after', render: (_, row) => <ValueCell text={row.after} /> });
  }
  return (
    <Table<AuditChangeRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={auditChangeRows(before, after)}
      pagination={false}
      tableLayout="fixed"
      locale={{ emptyText: 'Состояние не записано' }}
      onRow={(row) => ({ style: row.changed ? { background: CHANGED_ROW_BACKGROUND } : undefined })}
    />
  );
}
