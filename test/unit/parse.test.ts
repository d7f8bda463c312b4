import { describe, expect, it } from 'vitest';
import { ArticleInputError, MAX_ARTICLE_BYTES, parseArticle } from '../../src/parse/index.ts';

describe('parseArticle', () => {
  it('reads the plain form: title, paragraphs with exact offsets, nested comment thread', () => {
    const article = parseArticle('Title here\n\nFirst paragraph.\n\nSecond one.\n\n  • alice\n\n    Hello.\n\n    • bob\n\n      Hi alice.\n\n  • carol\n\n    Top level.');
    expect(article.title).toBe('Title here');
    expect(article.paragraphs.map((span) => article.text.slice(span.start, span.end))).toEqual(['First paragraph.', 'Second one.']);
    expect(article.comments).toEqual([
      { author: 'alice', text: 'Hello.', replyTo: null },
      { author: 'bob', text: 'Hi alice.', replyTo: 0 },
      { author: 'carol', text: 'Top level.', replyTo: null },
    ]);
  });

  it('reads the JSON form with metadata and nested replies', () => {
    const article = parseArticle(
      JSON.stringify({ title: 'T', text: 'Body.', publisher: 'Daily', publishedAt: '2020-05-01T10:00:00Z', comments: [{ author: 'a', text: 'x', replies: [{ author: 'b', text: 'y' }] }] }),
    );
    expect(article).toMatchObject({ title: 'T', text: 'Body.', publisher: 'Daily', publishedAt: '2020-05-01' });
    expect(article.comments).toEqual([
      { author: 'a', text: 'x', replyTo: null },
      { author: 'b', text: 'y', replyTo: 0 },
    ]);
  });

  it('rejects empty, binary, oversized and malformed input with a clear error', () => {
    expect(() => parseArticle('   \n ')).toThrow(ArticleInputError);
    expect(() => parseArticle('Only a title')).toThrow(/no text/);
    expect(() => parseArticle('a\u0000b')).toThrow(/binary/);
    expect(() => parseArticle(`T\n\n${'x'.repeat(MAX_ARTICLE_BYTES)}`)).toThrow(/larger than 1 MB/);
    expect(() => parseArticle('{"title": "T"')).toThrow(/not valid JSON/);
    expect(() => parseArticle('{"title": "T", "text": 5}')).toThrow(/"text" must be a string/);
    expect(() => parseArticle('T\n\nBody', { publishedAt: '2021-02-30' })).toThrow(/publishedAt must be a date/);
  });
});
