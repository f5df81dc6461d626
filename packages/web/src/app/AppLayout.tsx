import {
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FileTextOutlined,
  FormOutlined,
  InboxOutlined,
  LogoutOutlined,
  NotificationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth, useCurrentUser } from '../features/auth/useAuth';
import { canViewAuditLog, canViewInformationRisks, canViewReports, canWorkWithAppeals } from '../features/auth/permissions';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { ROLE_LABELS } from '../shared/labels';

/** Returns the menu key of a path: its first segment, or the dashboard for `/`. */
function menuKeyOf(pathname: string): string {
  const segment = pathname.split('/')[1];
  return segment ? `/${segment}` : '/';
}

/** Renders the staff layout: the left menu, and a header with notifications, the user and sign-out. */
export function AppLayout() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: <Link to="/">Контроль сроков</Link> },
    canWorkWithAppeals(user) && { key: '/appeals', icon: <FileTextOutlined />, label: <Link to="/appeals">Обращения</Link> },
    canViewInformationRisks(user) && {
      key: '/comments',
      icon: <NotificationOutlined />,
      label: <Link to="/comments">Опровержения</Link>,
    },
    canViewReports(user) && { key: '/reports', icon: <FormOutlined />, label: <Link to="/reports">Квартальные отчёты</Link> },
    canViewReports(user) && { key: '/requests', icon: <InboxOutlined />, label: <Link to="/requests">Запросы информации</Link> },
    { key: '/agencies', icon: <BankOutlined />, label: <Link to="/agencies">Органы власти</Link> },
    canViewAuditLog(user) && { key: '/audit', icon: <AuditOutlined />, label: <Link to="/audit">Журнал аудита</Link> },
    {
      key: '/wall',
      icon: <DesktopOutlined />,
      label: (
        <a href="/wall" target="_blank" rel="noreferrer">
          Табло сроков
        </a>
      ),
    },
    canViewInformationRisks(user) && {
      key: '/wall/comments',
      icon: <DesktopOutlined />,
      label: (
        <a href="/wall/comments" target="_blank" rel="noreferrer">
          Табло опровержений
        </a>
      ),
    },
  ].filter((item) => item !== false);

  const handleSignOut = async () => {
    setSigningOut(true);
    await signOut();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={232}>
        <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: collapsed ? 14 : 16 }}>
          {collapsed ? 'ЦУР' : 'ЦУР Марий Эл'}
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[menuKeyOf(location.pathname)]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            paddingInline: 24,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size="large">
            <NotificationBell />
            <Space size="small" data-testid="current-user">
              <UserOutlined />
              <span>
                <Typography.Text strong>{user.fullName}</Typography.Text>
                <Typography.Text type="secondary">
                  {' · '}
                  {ROLE_LABELS[user.role]}
                  {user.agency ? `, ${user.agency.shortName}` : ''}
                </Typography.Text>
              </span>
            </Space>
            <Button icon={<LogoutOutlined />} onClick={handleSignOut} loading={signingOut} data-testid="sign-out">
              Выйти
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
