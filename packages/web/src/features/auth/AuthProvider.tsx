import { useMutation, useQuery } from '@apollo/client';
import { LogoutDocument, MeDocument } from '@cur/schema';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { setSessionLostHandler } from '../../app/apolloClient';
import { AuthContext, type AuthState } from './AuthContext';

/** Loads `me` once, reloads it whenever the server reports an ended session, and provides sign-out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const [logout] = useMutation(LogoutDocument);

  const reload = useCallback(async () => {
    try {
      await refetch();
    } catch {
      // The query's error state shows the failure; RequireAuth offers a retry.
    }
  }, [refetch]);

  useEffect(() => {
    setSessionLostHandler(() => void reload());
    return () => setSessionLostHandler(null);
  }, [reload]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // A full page load drops every cached record of this user together with the WebSocket.
      window.location.replace('/login');
    }
  }, [logout]);

  const state = useMemo<AuthState>(
    () => ({ user: data?.me ?? null, loading, error, reload, signOut }),
    [data, loading, error, reload, signOut],
  );
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
