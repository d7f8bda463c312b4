import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGoldFile, goldDir, stanceScores } from '../../src/cli/evaluate.ts';

describe('extraction quality on the gold annotations (npm run eval)', () => {
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.json'))) {
    it(`${file}: statement F1 ≥ 0.95, about recall ≥ 0.9, reportedBy accuracy ≥ 0.95`, () => {
      const { scores } = evaluateGoldFile(path.join(goldDir, file));
      expect(scores.f1).toBeGreaterThanOrEqual(0.95);
      expect(scores.aboutRecall).toBeGreaterThanOrEqual(0.9);
      expect(scores.reportedByAccuracy).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('stance toward each target on the gold annotations', () => {
  it('CRITICAL precision ≥ 0.75 and recall ≥ 0.7; NEUTRAL precision ≥ 0.85 and recall ≥ 0.9', () => {
    const pairs = readdirSync(goldDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((file) => evaluateGoldFile(path.join(goldDir, file)).scores.stances);
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const scores = stanceScores(pairs);
    expect(scores.CRITICAL.precision).toBeGreaterThanOrEqual(0.75);
    expect(scores.CRITICAL.recall).toBeGreaterThanOrEqual(0.7);
    expect(scores.NEUTRAL.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.NEUTRAL.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('rules generalize', () => {
  it('src/ names no person from the reference article', () => {
    const reference = readFileSync('data/us-defense-chief-russia.txt', 'utf8');
    const people = ['Mattis', 'Shoigu', 'Ushakov', 'Flynn', 'Pence', 'Putin', 'Trump', 'photonic', 'hotyogi'];
    expect(people.every((name) => reference.includes(name))).toBe(true);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      );
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const name of people) expect(text.includes(name), `${file} mentions ${name}`).toBe(false);
    }
  });
});
