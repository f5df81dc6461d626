import { useContext } from 'react';
import { AuthContext, type AuthState, type CurrentUser } from './AuthContext';

/** Reads the session state that AuthProvider keeps. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) {
    throw new Error('useAuth must be called inside <AuthProvider>.');
  }
  return state;
}

/** Returns the signed-in user inside routes that RequireAuth guards. */
export function useCurrentUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) {
    throw new Error('useCurrentUser must be called inside a route guarded by <RequireAuth>.');
  }
  return user;
}
