import type { UserRole } from '@cur/schema';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageError, PageLoading } from '../../shared/PageState';
import { useAuth } from './useAuth';

interface RequireAuthProps {
  children: ReactNode;
  /** Roles that may open the route; any signed-in user when omitted. */
  roles?: readonly UserRole[];
}

/** Sends signed-out visitors to the sign-in page and remembers where they were going. */
export function RequireAuth({ children, roles }: RequireAuthProps) {
  const { user, loading, error, reload } = useAuth();
  const location = useLocation();

  if (!user && loading) {
    return <PageLoading tip="Проверка сеанса…" />;
  }
  if (!user && error) {
    return <PageError error={error} onRetry={() => void reload()} title="Не удалось проверить сеанс" />;
  }
  if (!user) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (roles && !roles.includes(user.role)) {
    return <Result status="403" title="Доступ запрещён" subTitle="Эта страница недоступна для вашей роли." />;
  }
  return <>{children}</>;
}
