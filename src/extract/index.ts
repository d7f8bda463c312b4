import type { ParsedArticle } from '../parse/index.ts';
import { commentStatements } from './comments.ts';
import { recognizeEntities } from './entities.ts';
import { EntityTable } from './entityTable.ts';
import { extractEvents } from './events.ts';
import { stableId } from './ids.ts';
import { tagText } from './nlp.ts';
import { extractStatements, stancesOf, type Draft } from './statements/index.ts';
import type { Annotation, AnnotatedStatement } from './types.ts';

export type * from './types.ts';
export { normalizeName, entityId } from './ids.ts';
export { resolveDate } from './events.ts';

/** An article's id: from its title and text, so loading the same article twice finds it. */
export function articleIdOf(article: ParsedArticle): string {
  return stableId('article', article.title, article.text);
}

/** Turns a parsed article into the design's Annotation JSON. Pure: no I/O. */
export function extractAnnotation(article: ParsedArticle): Annotation {
  const articleId = articleIdOf(article);
  const tagged = tagText(article.text, article.paragraphs);
  const table = new EntityTable();
  recognizeEntities(tagged, table);
  const { drafts, document } = extractStatements(tagged, table);
  const { events, eventOfDraft } = extractEvents(document, drafts, articleId, article.publishedAt);

  // one claim by two speakers is two statements over the same words: the second speaker's id tells them apart
  const taken = new Set<string>();
  const ids = new Map<Draft, string>(
    drafts.map((draft) => {
      let id = stableId('statement', articleId, draft.kind, draft.start, draft.end);
      if (taken.has(id)) id = stableId('statement', articleId, draft.kind, draft.start, draft.end, draft.speaker.id);
      taken.add(id);
      return [draft, id];
    }),
  );
  const statements: AnnotatedStatement[] = drafts.map((draft) => ({
    id: ids.get(draft)!,
    speaker: draft.speaker.id,
    kind: draft.kind,
    text: article.text.slice(draft.start, draft.end),
    start: draft.start,
    end: draft.end,
    about: [...draft.about].map((entity) => entity.id),
    audience: [...draft.audience].map((entity) => entity.id),
    reportedBy: draft.reportedBy?.id ?? null,
    replyTo: draft.replyTo ? ids.get(draft.replyTo)! : null,
    event: eventOfDraft.get(draft) ?? null,
    stances: stancesOf(draft, document),
  }));
  statements.push(...commentStatements(articleId, article.comments, table));

  return {
    article: {
      id: articleId,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      url: article.url,
      publisher: article.publisher,
    },
    entities: table.finish(),
    statements,
    events,
  };
}
