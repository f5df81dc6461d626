import type { ApolloError } from '@apollo/client';
import type { MeQuery } from '@cur/schema';
import { createContext } from 'react';

/** The signed-in user as the `me` query returns it. */
export type CurrentUser = NonNullable<MeQuery['me']>;

export interface AuthState {
  user: CurrentUser | null;
  loading: boolean;
  error: ApolloError | undefined;
  /** Reloads `me`, for example after the server reported an ended session. */
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);
