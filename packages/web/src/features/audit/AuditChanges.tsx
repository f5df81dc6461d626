import { Col, Row, Typography } from 'antd';

interface AuditChangesProps {
  before: Record<string, unknown> | null | undefined;
  after: Record<string, unknown> | null | undefined;
}

const preStyle = {
  background: '#fafafa',
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  padding: 12,
  maxHeight: 360,
  overflow: 'auto',
  fontSize: 12,
  margin: 0,
} as const;

function JsonBlock({ title, value }: { title: string; value: Record<string, unknown> | null | undefined }) {
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <pre style={preStyle}>{value == null ? '—' : JSON.stringify(value, null, 2)}</pre>
    </>
  );
}

/** Renders the entity's state before and after the operation, as the server recorded it. */
export function AuditChanges({ before, after }: AuditChangesProps) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <JsonBlock title="До" value={before} />
      </Col>
      <Col xs={24} md={12}>
        <JsonBlock title="После" value={after} />
      </Col>
    </Row>
  );
}
