import type { ApolloError } from '@apollo/client';
import type { NotificationsQuery } from '@cur/schema';
import { Alert, Button, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { NOTIFICATION_KIND_LABELS } from '../../shared/labels';
import { SectionLoading } from '../../shared/PageState';
import { subjectPath } from '../../shared/subjectPath';

type NotificationItem = NotificationsQuery['notifications'][number];

interface NotificationListProps {
  notifications: NotificationItem[] | undefined;
  loading: boolean;
  error: ApolloError | undefined;
  onRetry: () => void;
  onNavigate: () => void;
}

const KIND_COLORS: Record<NotificationItem['kind'], string> = {
  DEADLINE_OVERDUE: 'red',
  DEADLINE_WARNING: 'orange',
  CONTACT_OFFICIAL_CHANGED: 'blue',
  INFORMATION_RISK: 'purple',
  APPEAL_RETURNED: 'red',
  QUARTERLY_REPORT: 'cyan',
  INFORMATION_REQUEST: 'geekblue',
};

export function NotificationList({ notifications, loading, error, onRetry, onNavigate }: NotificationListProps) {
  if (!notifications && loading) {
    return <SectionLoading rows={6} />;
  }
  if (!notifications && error) {
    return (
      <Alert
        type="error"
        showIcon
        message="Не удалось загрузить уведомления"
        description={describeApiError(error).message}
        action={<Button onClick={onRetry}>Повторить</Button>}
      />
    );
  }
  if (!notifications || notifications.length === 0) {
    return <Empty description="Уведомлений нет" />;
  }
  return (
    <List
      itemLayout="vertical"
      dataSource={notifications}
      rowKey="id"
      renderItem={(item) => {
        const link = subjectPath(item.subjectType, item.subjectId);
        return (
          <List.Item
            data-testid={`notification-${item.id}`}
            style={{ background: item.readAt ? undefined : '#e6f4ff', paddingInline: 12 }}
          >
            <List.Item.Meta
              title={
                <>
                  <Tag color={KIND_COLORS[item.kind]}>
                    {NOTIFICATION_KIND_LABELS[item.kind]}
                  </Tag>
                  {link ? (
                    <Link to={link} onClick={onNavigate}>
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </>
              }
              description={formatDateTime(item.createdAt)}
            />
            <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>{item.body}</Typography.Paragraph>
          </List.Item>
        );
      }}
    />
  );
}
