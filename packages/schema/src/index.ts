// The contract between the server and its clients: operation documents with their result types.
export * from './generated/graphql.js';
