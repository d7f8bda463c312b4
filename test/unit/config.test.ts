import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_NEO4J_PASSWORD, loadConfig } from '../../src/config/index.ts';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ neo4jUri: undefined, neo4jUser: 'neo4j', neo4jPassword: DEFAULT_NEO4J_PASSWORD, neo4jDatabase: 'neo4j', port: 4000 });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret-pass',
      NEO4J_DATABASE: 'news',
      PORT: '8080',
      NEWSGRAPH_API_KEY: 'k'.repeat(20),
    });
    expect(config).toMatchObject({ neo4jUri: 'neo4j://db.example:7687', neo4jUser: 'reader', neo4jDatabase: 'news', port: 8080, apiKey: 'k'.repeat(20) });
  });

  it('reports every problem at once, naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://nope', PORT: 'eighty', NEWSGRAPH_API_KEY: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/NEO4J_URI/);
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/NEWSGRAPH_API_KEY/);
  });
});
