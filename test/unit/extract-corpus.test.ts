import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCORER, extractCorpus, scoreCorpus } from '../../src/cli/evalCorpus.ts';
import { repoRoot } from '../../src/cli/paths.ts';

// Real news nobody here wrote: PolNeAR's dev split and its scorer, read from ../shared (never copied here).
const DEV = path.resolve(repoRoot, '../shared/corpora/polnear/dev');
const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-polnear-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('extraction on real news (PolNeAR dev, 84 articles)', () => {
  it('keeps its figures from falling: a floor a little below what it reaches', () => {
    expect(existsSync(DEV), `${DEV} is missing`).toBe(true);
    expect(existsSync(DEFAULT_SCORER), `${DEFAULT_SCORER} is missing`).toBe(true);
    const run = extractCorpus(DEV, out);
    expect(run.failed).toEqual([]);
    const { scores } = scoreCorpus(DEV, out);
    expect(scores.speech_f1).toBeGreaterThanOrEqual(0.86);
    expect(scores.joint_f1_strict).toBeGreaterThanOrEqual(0.795);
    expect(scores.content_p).toBeGreaterThanOrEqual(0.955);
  });
});
