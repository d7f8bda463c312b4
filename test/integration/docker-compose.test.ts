import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `docker compose` (v2 plugin) where the Docker client has it, else the standalone `docker-compose`, else none. */
function composeCommand(): [string, string[]] | undefined {
  if (spawnSync('docker', ['compose', 'version']).status === 0) return ['docker', ['compose']];
  if (spawnSync('docker-compose', ['version']).status === 0) return ['docker-compose', []];
  return undefined;
}

const compose = composeCommand();
if (!compose) console.log('docker-compose.yml: neither `docker compose` nor `docker-compose` is installed; its validation is skipped.');

describe('docker-compose.yml', () => {
  it.skipIf(!compose)('passes `docker compose config -q`', () => {
    const [command, prefix] = compose!;
    expect(() => execFileSync(command, [...prefix, 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
  });

  it.skipIf(!compose)('fails `docker compose config -q` on a broken file (the check is real)', () => {
    const [command, prefix] = compose!;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'compose-')), 'docker-compose.yml');
    writeFileSync(file, 'services:\n  x: [1\n');
    const broken = spawnSync(command, [...prefix, '-f', file, 'config', '-q'], { encoding: 'utf8' });
    // the validator ran (no spawn error) and refused the file for what it is
    expect(broken.error).toBeUndefined();
    expect(broken.status).not.toBe(0);
    expect(`${broken.stderr}${broken.stdout}`).toMatch(/yaml|parse|mapping|sequence|expected|invalid/i);
  });

  it('runs the same Neo4j settings as the local launcher', () => {
    const compose = readFileSync('docker-compose.yml', 'utf8');
    const conf = readFileSync('neo4j/conf/neo4j.conf', 'utf8');
    expect(compose).toMatch(/image: neo4j:5\.26(\.\d+)?-community/);
    for (const [, key, value] of conf.matchAll(/^(server\.memory\.[\w.]+|db\.tx_log\.preallocate|dbms\.usage_report\.enabled|browser\.[\w.]+|client\.allow_telemetry)=(.+)$/gm)) {
      const envName = `NEO4J_${key!.replace(/_/g, '__').replace(/\./g, '_')}`;
      expect(compose, envName).toContain(`${envName}: "${value}"`);
    }
  });
});
