import { ApolloError } from '@apollo/client';
import { describeApiError } from '../../shared/apiErrors';

/** Reasons whose server message is Russian and names the file, so the page shows it as is. */
const RUSSIAN_START_REASONS = new Set(['FILE_EMPTY', 'RUN_LOCKED', 'MALFORMED_MAPPING']);

/** Describes in Russian why the import did not start; mapping mistakes keep the server's JSON paths. */
export function describeStartFailure(error: unknown): string {
  if (error instanceof ApolloError) {
    const info = describeApiError(error);
    const problems = error.graphQLErrors.flatMap((graphqlError) => (graphqlError.extensions?.fields as { reason?: string; message?: string }[] | undefined) ?? []);
    const russian = problems.find((problem) => problem.reason && RUSSIAN_START_REASONS.has(problem.reason) && problem.message);
    if (russian) {
      return russian.message!;
    }
    const mappingError = error.graphQLErrors.find((graphqlError) => {
      const fields = graphqlError.extensions?.fields as { reason?: string }[] | undefined;
      return fields?.some((field) => field.reason === 'INVALID_MAPPING');
    });
    return mappingError ? `${info.message}: ${mappingError.message}` : info.message;
  }
  return error instanceof Error ? error.message : String(error);
}
