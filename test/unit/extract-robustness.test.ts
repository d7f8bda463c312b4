import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnnotation } from '../../src/extract/index.ts';
import { ArticleInputError, parseArticle } from '../../src/parse/index.ts';
import { quoteHeavyArticle } from '../../src/cli/benchExtract.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const sources = [
  readFileSync('data/us-defense-chief-russia.txt', 'utf8'),
  ...readdirSync('test/fixtures/articles').map((name) => readFileSync(`test/fixtures/articles/${name}`, 'utf8')),
];

describe('extraction on broken and odd text', () => {
  it.each([
    '“', '”', '"', '‘’', ', said', 'said', '“a” said “b” told “c”', 'According to', 'MADRID (', '(AP) —',
    '“'.repeat(300), 'said '.repeat(1000), 'Здравствуйте «мир» сказал он.', '🙂 “😀” said 😀', 'Mr.', 'President',
    'the club said.', ', who said', 'That prompted a reply from', 'shot back:',
  ])('does not fail on %j', (body) => {
    expect(() => extractAnnotation(parseArticle(`Title\n\n${body}`))).not.toThrow();
  });

  it('keeps every statement equal to its slice on 300 random fragments of real articles', () => {
    const next = random(20261128);
    for (let i = 0; i < 300; i += 1) {
      const source = sources[Math.floor(next() * sources.length)]!;
      const start = Math.floor(next() * source.length);
      const fragment = `Fragment ${i}\n\n${source.slice(start, start + Math.floor(next() * 900))}`;
      let annotation;
      try {
        annotation = extractAnnotation(parseArticle(fragment));
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleInputError);
        continue;
      }
      for (const statement of annotation.statements.filter((candidate) => candidate.kind !== 'COMMENT')) {
        expect(annotation.article.text.slice(statement.start, statement.end)).toBe(statement.text);
      }
    }
  });
});

describe('an article made of 25,000 quotes (the benchmark times it; here it must finish and stay right)', () => {
  it('attributes every quote, the unattributed ones to the speaker before them', () => {
    const annotation = extractAnnotation(parseArticle(quoteHeavyArticle()));
    expect(annotation.statements).toHaveLength(24_999); // the first quote has nobody before it
    const speakers = new Set(annotation.statements.map((statement) => annotation.entities.find((entity) => entity.id === statement.speaker)?.name));
    expect([...speakers]).toEqual(['Anna Berg']);
  });
});
