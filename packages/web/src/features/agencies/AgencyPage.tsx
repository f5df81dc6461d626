import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { AgencyDocument, type ContactOfficialDetailsFragment } from '@cur/schema';
import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import { AGENCY_KIND_LABELS } from '../../shared/labels';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { canEditContactOfficials } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { ContactOfficialModal } from './ContactOfficialModal';
import { ContactOfficialsTable } from './ContactOfficialsTable';
import { SiteLink } from './SiteLink';

/** Renders an agency with its data, subordinate organizations and contact officials. */
export function AgencyPage() {
  const { id = '' } = useParams<{ id: string }>();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(AgencyDocument, { variables: { id } });
  // undefined: the modal is closed; null: a new contact; otherwise the contact being edited.
  const [editing, setEditing] = useState<ContactOfficialDetailsFragment | null | undefined>(undefined);
  const agency = data?.agency;

  if (!data && loading) {
    return <PageLoading />;
  }
  if (!data && error) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить орган власти" />;
  }
  if (!agency) {
    return <NotFoundResult title="Орган власти не найден" backTo="/agencies" backLabel="К справочнику органов" />;
  }

  const canEdit = canEditContactOfficials(user, agency.id);
  const foreignAgency = user.role === 'AGENCY_OFFICIAL' && user.agency?.id !== agency.id;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center">
        <Link to="/agencies">
          <Button icon={<ArrowLeftOutlined />} aria-label="К справочнику органов" />
        </Link>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {agency.shortName}
        </Typography.Title>
      </Space>
      <Card title="Сведения">
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered size="small">
          <Descriptions.Item label="Полное наименование" span={2}>
            {agency.name}
          </Descriptions.Item>
          <Descriptions.Item label="Вид">{AGENCY_KIND_LABELS[agency.kind]}</Descriptions.Item>
          <Descriptions.Item label="Сайт">
            <SiteLink site={agency.site} />
          </Descriptions.Item>
          <Descriptions.Item label="Изменено">{formatDateTime(agency.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="Подведомственные организации">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={agency.organizations}
          locale={{ emptyText: 'Организаций нет' }}
          columns={[
            { title: 'Наименование', dataIndex: 'name' },
            { title: 'ИНН', dataIndex: 'inn', render: (inn: string | null) => inn ?? '—' },
          ]}
        />
      </Card>
      <Card
        title="Контактные лица"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="contact-create">
              Добавить контактное лицо
            </Button>
          )
        }
      >
        {foreignAgency && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="Контактные лица других органов власти вам недоступны"
          />
        )}
        <ContactOfficialsTable
          contacts={agency.contactOfficials}
          canEdit={canEdit}
          onEdit={setEditing}
          onChanged={refetch}
        />
      </Card>
      {editing !== undefined && (
        <ContactOfficialModal
          agencyId={agency.id}
          contact={editing}
          onClose={() => setEditing(undefined)}
          onSaved={refetch}
        />
      )}
    </Space>
  );
}
