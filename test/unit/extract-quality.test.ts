import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGoldFile, goldDir } from '../../src/cli/evaluate.ts';

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
