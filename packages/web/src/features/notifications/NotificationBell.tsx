import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from '@cur/schema';
import { App, Badge, Button, Drawer, Tooltip } from 'antd';
import { useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { NotificationList } from './NotificationList';

const POLL_INTERVAL_MS = 30_000;

/** Renders the header bell with the unread count, polled every 30 s, and a drawer with the latest notifications. */
export function NotificationBell() {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const unread = useQuery(UnreadNotificationCountDocument, {
    pollInterval: POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
  });
  const list = useQuery(NotificationsDocument, {
    skip: !open,
    pollInterval: open ? POLL_INTERVAL_MS : 0,
    fetchPolicy: 'network-only',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument);
  const count = unread.data?.unreadNotificationCount ?? 0;

  const markAllRead = async () => {
    try {
      const result = await markRead({ variables: { input: {} } });
      await Promise.all([unread.refetch(), list.refetch()]);
      message.success(`Отмечено прочитанными: ${result.data?.markNotificationsRead.markedCount ?? 0}`);
    } catch (error) {
      message.error(describeApiError(error).message);
    }
  };

  return (
    <>
      <Tooltip title="Уведомления">
        <Badge count={count} size="small" offset={[-4, 4]}>
          <Button
            type="text"
            icon={<BellOutlined style={{ fontSize: 18 }} />}
            onClick={() => setOpen(true)}
            aria-label={`Уведомления: непрочитанных ${count}`}
            data-testid="notifications-bell"
          />
        </Badge>
      </Tooltip>
      <Drawer
        title="Уведомления"
        open={open}
        onClose={() => setOpen(false)}
        width={440}
        extra={
          <Button onClick={markAllRead} loading={marking} disabled={count === 0} data-testid="notifications-mark-all">
            Отметить все прочитанными
          </Button>
        }
      >
        <NotificationList
          notifications={list.data?.notifications}
          loading={list.loading}
          error={list.error}
          onRetry={() => void list.refetch()}
          onNavigate={() => setOpen(false)}
        />
      </Drawer>
    </>
  );
}
