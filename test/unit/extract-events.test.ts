import { describe, expect, it } from 'vitest';
import { extractAnnotation, resolveDate } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/parse/index.ts';

const annotate = (text: string, publishedAt?: string) =>
  extractAnnotation(parseArticle(`Test\n\n${text}`, { publishedAt: publishedAt ?? null }));

describe('events', () => {
  it('finds a meeting with its place, date text and participants, and the statements made at it', () => {
    const annotation = annotate('“We made progress,” Foreign Minister Ana Ruiz told reporters on Friday after talks at the UN headquarters in Geneva.');
    const [event] = annotation.events;
    expect(event).toMatchObject({ kind: 'MEETING', dateText: 'Friday', date: null });
    const names = new Map(annotation.entities.map((entity) => [entity.id, entity.name]));
    expect(names.get(event!.place!)).toBe('Geneva');
    expect(event!.participants.map((id) => names.get(id))).toEqual(expect.arrayContaining(['Ana Ruiz', 'United Nations']));
    expect(annotation.statements[0]!.event).toBe(event!.id);
  });

  it('resolves relative dates only when the publication date is known', () => {
    const text = 'Tuesday’s resignation of Finance Minister Omar Said shocked markets.';
    expect(annotate(text).events[0]).toMatchObject({ kind: 'RESIGNATION', dateText: 'Tuesday', date: null });
    expect(annotate(text, '2024-03-08').events[0]).toMatchObject({ dateText: 'Tuesday', date: '2024-03-05' });
  });

  it('resolves dates to the past, as news reports them', () => {
    expect(resolveDate('Nov. 8', '2017-02-16')).toBe('2016-11-08');
    expect(resolveDate('Monday', '2017-02-16')).toBe('2017-02-13');
    expect(resolveDate('2014', '2017-02-16')).toBeNull();
    expect(resolveDate('Monday', null)).toBeNull();
  });
});
