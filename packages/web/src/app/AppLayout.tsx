import {
  AreaChartOutlined,
  AuditOutlined,
  BankOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  FormOutlined,
  InboxOutlined,
  LogoutOutlined,
  NotificationOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth, useCurrentUser } from '../features/auth/useAuth';
import {
  canImportAppeals,
  canViewAnalytics,
  canViewAuditLog,
  canViewInformationRisks,
  canViewProblems,
  canViewReports,
  canWatchDeadlines,
  canWorkWithAppeals,
} from '../features/auth/permissions';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { ROLE_LABELS } from '../shared/labels';

/** Menu items nested under another item's path, which select themselves rather than their parent. */
const NESTED_MENU_KEYS = ['/appeals/flags'];

/** Returns the menu key of a path: a nested item's key, else its first segment, or the dashboard for `/`. */
function menuKeyOf(pathname: string): string {
  const nested = NESTED_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
  if (nested) {
    return nested;
  }
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
    canWatchDeadlines(user) && { key: '/', icon: <DashboardOutlined />, label: <Link to="/">Контроль сроков</Link> },
    canWorkWithAppeals(user) && { key: '/appeals', icon: <FileTextOutlined />, label: <Link to="/appeals">Обращения</Link> },
    canWorkWithAppeals(user) && {
      key: '/appeals/flags',
      icon: <WarningOutlined />,
      label: <Link to="/appeals/flags">Конфликты и ошибки</Link>,
    },
    canViewProblems(user) && { key: '/problems', icon: <FundProjectionScreenOutlined />, label: <Link to="/problems">Проблемы</Link> },
    canViewInformationRisks(user) && {
      key: '/comments',
      icon: <NotificationOutlined />,
      label: <Link to="/comments">Опровержения</Link>,
    },
    canViewAnalytics(user) && { key: '/analytics', icon: <AreaChartOutlined />, label: <Link to="/analytics">Аналитика</Link> },
    canViewReports(user) && { key: '/reports', icon: <FormOutlined />, label: <Link to="/reports">Квартальные отчёты</Link> },
    canViewReports(user) && { key: '/requests', icon: <InboxOutlined />, label: <Link to="/requests">Запросы информации</Link> },
    { key: '/agencies', icon: <BankOutlined />, label: <Link to="/agencies">Органы власти</Link> },
    canImportAppeals(user) && { key: '/import', icon: <CloudUploadOutlined />, label: <Link to="/import">Импорт обращений</Link> },
    canViewAuditLog(user) && { key: '/audit', icon: <AuditOutlined />, label: <Link to="/audit">Журнал аудита</Link> },
    canWatchDeadlines(user) && {
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
