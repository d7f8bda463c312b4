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
    ['a folder', [dir], /is a folder, not an article file/],
    ['an unknown option', ['data/us-defense-chief-russia.txt', '--colour'], /Unknown option '--colour'/],
  ])('rejects %s with one line on stderr and exit code 2', (_label, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('newsgraph help and usage', () => {
  const cli = (...args: string[]) => spawnSync('node', ['bin/newsgraph.js', ...args], { encoding: 'utf8' });

  it.each([[], ['--help'], ['-h'], ['help']])('prints every command on stdout and exits 0 for %j', (...args) => {
    const result = cli(...(args as string[]));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['serve', 'extract', 'ingest', 'eval', 'bench', 'schema', 'db']) expect(result.stdout).toContain(`  ${command}`);
  });

  it.each([['ingest', '--help'], ['extract', '-h'], ['help', 'db']])('prints one command’s usage for %s %s, exit 0', (...args) => {
    const result = cli(...args);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: newsgraph ${args[0] === 'help' ? args[1] : args[0]} `));
  });

  it('refuses an unknown command with the usage on stderr and exit code 2', () => {
    const result = cli('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('refuses a folder without articles with one line and exit code 2, before touching Neo4j', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'newsgraph-images-'));
    writeFileSync(path.join(empty, 'photo.png'), Buffer.from([0x89, 0x50]));
    const result = cli('ingest', empty);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/holds no articles/);
  });
});
