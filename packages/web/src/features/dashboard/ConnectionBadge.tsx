import { Badge } from 'antd';
import { useConnectionStatus, type ConnectionStatus } from '../../app/connectionStatus';

const VIEW: Record<ConnectionStatus, { status: 'success' | 'processing' | 'warning' | 'default'; text: string }> = {
  connected: { status: 'success', text: 'Подключено' },
  connecting: { status: 'processing', text: 'Подключение…' },
  reconnecting: { status: 'warning', text: 'Переподключение…' },
  idle: { status: 'default', text: 'Нет подключения' },
};

/** Renders the state of the live-update WebSocket. */
export function ConnectionBadge({ color, fontSize }: { color?: string; fontSize?: number }) {
  const status = useConnectionStatus();
  const view = VIEW[status];
  return (
    <span data-testid="connection-status" data-status={status}>
      <Badge status={view.status} text={<span style={{ color, fontSize }}>{view.text}</span>} />
    </span>
  );
}
