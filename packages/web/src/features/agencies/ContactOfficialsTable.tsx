import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { DeactivateContactOfficialDocument, type ContactOfficialDetailsFragment } from '@cur/schema';
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime, formatPhone } from '../../shared/format';
import { ContactHistory } from './ContactHistory';

type Contact = ContactOfficialDetailsFragment;

interface ContactOfficialsTableProps {
  contacts: Contact[];
  canEdit: boolean;
  onEdit: (contact: Contact) => void;
  onChanged: () => Promise<unknown>;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const fullName = (contact: Contact) => `${contact.surname} ${contact.firstName} ${contact.patronymic}`;

/** Renders the agency's contact officials. Each row expands into its change history. */
export function ContactOfficialsTable({ contacts, canEdit, onEdit, onChanged }: ContactOfficialsTableProps) {
  const { message } = App.useApp();
  const [deactivate] = useMutation(DeactivateContactOfficialDocument);

  const handleDeactivate = async (contact: Contact) => {
    try {
      await deactivate({ variables: { input: { contactOfficialId: contact.id, expectedVersion: contact.version } } });
      message.success(`${fullName(contact)}: контактное лицо деактивировано`);
      await onChanged();
    } catch (error) {
      message.error(
        describeApiError(error, {
          CONFLICT: 'Контактное лицо изменено другим пользователем — обновите страницу',
          NOT_FOUND: 'Контактное лицо не найдено',
        }).message,
      );
    }
  };

  const columns: TableColumnsType<Contact> = [
    { title: 'ФИО', key: 'name', render: (_, contact) => fullName(contact) },
    { title: 'Должность', dataIndex: 'position' },
    {
      title: 'E-mail',
      key: 'email',
      render: (_, contact) => (
        <a href={`mailto:${contact.email}`} style={NO_WRAP}>
          {contact.email}
        </a>
      ),
    },
    {
      title: 'Телефон',
      key: 'phone',
      render: (_, contact) => (
        <a href={`tel:${contact.phone}`} style={NO_WRAP}>
          {formatPhone(contact.phone)}
        </a>
      ),
    },
    {
      title: 'Статус',
      key: 'active',
      render: (_, contact) => (contact.active ? <Tag color="green">Действует</Tag> : <Tag>Не действует</Tag>),
    },
    { title: 'Изменено', key: 'updatedAt', render: (_, contact) => formatDateTime(contact.updatedAt) },
  ];
  if (canEdit) {
    columns.push({
      title: 'Действия',
      key: 'actions',
      render: (_, contact) => (
        <Space wrap size="small">
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(contact)} data-testid={`contact-edit-${contact.id}`}>
            Изменить
          </Button>
          <Popconfirm
            title="Деактивировать контактное лицо?"
            description="Оно исчезнет из списка действующих; история изменений сохранится."
            okText="Деактивировать"
            cancelText="Отмена"
            onConfirm={() => handleDeactivate(contact)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} disabled={!contact.active} data-testid={`contact-deactivate-${contact.id}`}>
              Деактивировать
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Table<Contact>
      rowKey="id"
      columns={columns}
      dataSource={contacts}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: 'Контактных лиц нет' }}
      expandable={{
        expandedRowRender: (contact) => <ContactHistory history={contact.history} />,
        columnTitle: 'История',
      }}
      onRow={(contact) => ({ 'data-testid': `contact-row-${contact.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
