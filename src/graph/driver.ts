import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';

export interface GraphConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export class GraphUnavailableError extends Error {}

/** One driver per process. Retries are short so a request fails clearly instead of hanging while Neo4j is down. */
export function createDriver(connection: GraphConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxTransactionRetryTime: 5_000,
    // a stopped, frozen or booting Neo4j must fail a request within its read budget, not after 10 s
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 2_000,
    userAgent: 'newsgraph',
  });
}

/** Fails with one clear sentence when Neo4j is down or rejects the credentials. */
export async function verifyGraph(driver: Driver, connection: GraphConnection): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    throw new GraphUnavailableError(describeGraphError(error, connection));
  }
}

export function describeGraphError(error: unknown, connection: GraphConnection): string {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${connection.uri} rejected user "${connection.user}" with the configured password (set NEO4J_USER / NEO4J_PASSWORD).`;
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${connection.uri} refuses logins for a while after too many wrong passwords; check NEO4J_PASSWORD.`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${connection.uri} has no database "${connection.database}" (set NEO4J_DATABASE).`;
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `Neo4j is not reachable at ${connection.uri}; start it with \`npm run db:start\` or set NEO4J_URI.`;
  }
  return `Neo4j at ${connection.uri} failed: ${error instanceof Error ? error.message : String(error)}`;
}
