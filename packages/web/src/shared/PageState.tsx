import { Button, Result, Skeleton, Spin } from 'antd';
import { Link } from 'react-router-dom';
import { describeApiError, type ApiErrorCode } from './apiErrors';

/** Renders a full-page spinner for the first load of a page. */
export function PageLoading({ tip = 'Загрузка…' }: { tip?: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" tip={tip}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}

/** Renders a placeholder for a section whose data is still loading. */
export function SectionLoading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} />;
}

interface PageErrorProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  overrides?: Partial<Record<ApiErrorCode, string>>;
}

/** Renders a failed page load with the reason in Russian and a retry button. */
export function PageError({ error, onRetry, title = 'Не удалось загрузить данные', overrides }: PageErrorProps) {
  const info = describeApiError(error, overrides);
  return (
    <Result
      status={info.code === 'FORBIDDEN' ? '403' : 'error'}
      title={title}
      subTitle={info.message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry} data-testid="retry-button">
            Повторить
          </Button>
        ) : undefined
      }
    />
  );
}

/** Renders the result for a record that does not exist or that the user may not see. */
export function NotFoundResult({ title, backTo, backLabel }: { title: string; backTo: string; backLabel: string }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle="Запись не существует или недоступна вам."
      extra={
        <Link to={backTo}>
          <Button type="primary">{backLabel}</Button>
        </Link>
      }
    />
  );
}

/** Renders the page for unknown addresses. */
export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="Страница не найдена"
      subTitle="Проверьте адрес или вернитесь на главную страницу."
      extra={
        <Link to="/">
          <Button type="primary">На главную</Button>
        </Link>
      }
    />
  );
}
