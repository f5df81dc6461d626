import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { setConnectionStatus } from './connectionStatus';
import { forwardPagination } from './pagination';

/** The close code the server uses for a WebSocket without a valid session. */
const WS_FORBIDDEN_CLOSE_CODE = 4403;
const NORMAL_CLOSE_CODE = 1000;
const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 5000;

let sessionLostHandler: (() => void) | null = null;

/** Registers what to do when the server reports that the session has ended (HTTP or WebSocket). */
export function setSessionLostHandler(handler: (() => void) | null): void {
  sessionLostHandler = handler;
}

function reportSessionLost(): void {
  sessionLostHandler?.();
}

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;

/**
 * The browser sends the httpOnly session cookie on the same-origin upgrade request, so no token
 * travels in connectionParams. The client retries forever with a capped exponential backoff,
 * which lets subscriptions resume by themselves after a server restart.
 */
export const wsClient = createClient({
  url: wsUrl,
  lazy: true,
  // Keeps the socket for a moment after the last subscription ends, so that changing a filter
  // or moving between the dashboard and the wall reuses it.
  lazyCloseTimeout: 3000,
  keepAlive: 10_000,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: async (retries) => {
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retries) + Math.random() * 300;
    await new Promise((resolve) => setTimeout(resolve, delay));
  },
  on: {
    connecting: (isRetry) => setConnectionStatus(isRetry ? 'reconnecting' : 'connecting'),
    connected: () => setConnectionStatus('connected'),
    closed: (event) => {
      if (isCloseEvent(event) && event.code === WS_FORBIDDEN_CLOSE_CODE) {
        reportSessionLost();
      }
      // 1000 is the client's own lazy close after the last subscription ended; anything else is a drop.
      setConnectionStatus(isCloseEvent(event) && event.code === NORMAL_CLOSE_CODE ? 'idle' : 'reconnecting');
    },
  },
});

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

const sessionLink = onError(({ graphQLErrors, operation }) => {
  if (operation.operationName === 'Login') {
    return;
  }
  if (graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
    reportSessionLost();
  }
});

const transportLink = split(
  ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  },
  new GraphQLWsLink(wsClient),
  httpLink,
);

export const apolloClient = new ApolloClient({
  link: sessionLink.concat(transportLink),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          appeals: forwardPagination(['filter', 'orderBy', 'page', ['first']]),
          agencies: forwardPagination(['filter', 'page', ['first']]),
          auditLog: forwardPagination(['filter']),
          informationRisks: forwardPagination(['filter', 'page', ['first']]),
        },
      },
      Topic: { keyFields: ['code'] },
      QuestionType: { keyFields: ['code'] },
      Municipality: { keyFields: ['oktmo'] },
    },
  }),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  },
  // Without this, Apollo Client 3.14 connects to the browser extension in production builds too,
  // and logs a console hint to install Apollo DevTools.
  devtools: { enabled: import.meta.env.DEV },
});
