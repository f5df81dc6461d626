import { ApolloProvider } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import ruRU from 'antd/locale/ru_RU';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from '../features/auth/AuthProvider';
import '../shared/dayjs';
import { apolloClient } from './apolloClient';
import { AppRouter } from './AppRouter';

export function App() {
  return (
    <ConfigProvider locale={ruRU}>
      <AntApp>
        <ApolloProvider client={apolloClient}>
          <BrowserRouter>
            <AuthProvider>
              <AppRouter />
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
