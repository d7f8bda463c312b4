import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `docker compose` (v2 plugin) where the Docker client has it, else the standalone `docker-compose`. */
function composeCommand(): [string, string[]] {
  return spawnSync('docker', ['compose', 'version']).status === 0 ? ['docker', ['compose']] : ['docker-compose', []];
}

describe('docker-compose.yml', () => {
  it('passes `docker compose config -q`', () => {
    const [command, prefix] = composeCommand();
    expect(() => execFileSync(command, [...prefix, 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
  });

  it('fails `docker compose config -q` on a broken file (the check is real)', () => {
    const [command, prefix] = composeCommand();
    const broken = spawnSync(command, [...prefix, '-f', '/dev/stdin', 'config', '-q'], { input: 'services:\n  x: [1\n' });
    expect(broken.status).not.toBe(0);
  });

  it('runs the same Neo4j settings as the local launcher', () => {
    const compose = readFileSync('docker-compose.yml', 'utf8');
    const conf = readFileSync('neo4j/conf/neo4j.conf', 'utf8');
    expect(compose).toMatch(/image: neo4j:5\.26(\.\d+)?-community/);
    for (const [, key, value] of conf.matchAll(/^(server\.memory\.[\w.]+|db\.tx_log\.preallocate|dbms\.usage_report\.enabled)=(.+)$/gm)) {
      const envName = `NEO4J_${key!.replace(/_/g, '__').replace(/\./g, '_')}`;
      expect(compose, envName).toContain(`${envName}: "${value}"`);
    }
  });
});
