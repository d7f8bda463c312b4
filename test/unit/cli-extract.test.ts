import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['bin/newsgraph.js', 'extract', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));
const file = (name: string, content: string | Buffer) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

describe('newsgraph extract', () => {
  it('prints the Annotation JSON with --json', () => {
    const result = run('data/us-defense-chief-russia.txt', '--json', '--published', '2017-02-16');
    expect(result.status).toBe(0);
    const annotation = JSON.parse(result.stdout);
    expect(Object.keys(annotation)).toEqual(['article', 'entities', 'statements', 'events']);
    expect(annotation.article.publishedAt).toBe('2017-02-16');
    expect(annotation.statements.length).toBeGreaterThan(10);
  });

  it('prints a readable summary by default', () => {
    const result = run('data/us-defense-chief-russia.txt');
    expect(result.stdout).toMatch(/→ about .*: “.*” \[DIRECT\]/);
  });

  it.each([
    ['a missing file', [path.join(dir, 'nope.txt')], /no such file/],
    ['an empty file', [file('empty.txt', '')], /empty/],
    ['a binary file', [file('binary.bin', Buffer.from([0x89, 0x50, 0x00, 0x01]))], /binary/],
    ['a file over 1 MB', [file('big.txt', `T\n\n${'word '.repeat(250_000)}`)], /larger than 1 MB/],
    ['a file that is not UTF-8', [file('latin1.txt', Buffer.from([0x54, 0x0a, 0x0a, 0xe9, 0xe8]))], /not valid UTF-8/],
    ['a bad --published date', ['data/us-defense-chief-russia.txt', '--published', 'yesterday'], /publishedAt must be a date/],
  ])('rejects %s with one line on stderr and exit code 2', (_label, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
