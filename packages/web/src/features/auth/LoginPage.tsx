import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client';
import { LoginDocument } from '@cur/schema';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { applyFieldErrors } from '../../shared/formErrors';
import { useAuth } from './useAuth';

interface LoginValues {
  email: string;
  password: string;
}

const LOGIN_FIELDS = ['email', 'password'] as const;

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

/** Renders the sign-in page. On success the server sets the session as an httpOnly cookie. */
export function LoginPage() {
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm<LoginValues>();
  const [login, { loading }] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const target = redirectTarget(location.state);

  if (user) {
    return <Navigate to={target} replace />;
  }

  const submit = async (values: LoginValues) => {
    setFailure(null);
    try {
      await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      // Drops whatever an earlier session left in the cache and loads `me` for the new one.
      await client.resetStore();
      navigate(target, { replace: true });
    } catch (error) {
      const info = describeApiError(error, { UNAUTHENTICATED: 'Неверный e-mail или пароль' });
      if (info.code === 'BAD_USER_INPUT') {
        const rest = applyFieldErrors(form, info.fieldErrors, LOGIN_FIELDS);
        setFailure(rest.length > 0 ? info.message : null);
        return;
      }
      setFailure(info.message);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
        padding: 16,
      }}
    >
      <Card style={{ width: 420, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          Центр управления регионом
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Республика Марий Эл. Вход для сотрудников ЦУР и органов исполнительной власти.
        </Typography.Paragraph>
        {failure && (
          <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form<LoginValues> form={form} name="login" layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            name="email"
            label="E-mail"
            rules={[
              { required: true, message: 'Введите e-mail' },
              { type: 'email', message: 'Введите e-mail в формате name@mari-el.gov.ru' },
            ]}
          >
            <Input prefix={<MailOutlined />} autoComplete="username" autoFocus placeholder="name@mari-el.gov.ru" />
          </Form.Item>
          <Form.Item name="password" label="Пароль" rules={[{ required: true, message: 'Введите пароль' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
            Войти
          </Button>
        </Form>
      </Card>
    </div>
  );
}
