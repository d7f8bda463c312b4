import { createPubSub } from '@graphql-yoga/subscription';
import { normalizeName, type Annotation } from '../extract/index.ts';
import { statementSentence, type StatementRecord } from '../graph/index.ts';
import type { StatementWhere } from './inputs/StatementWhere.ts';

/** A statement an ingest just added, with the names it can be filtered by (normalized, as the read filters compare). */
export interface StatementAdded {
  statement: StatementRecord;
  names: { speaker: string[]; about: string[]; reportedBy: string[]; audience: string[] };
}

export const STATEMENT_ADDED = 'STATEMENT_ADDED';

/** In-process: subscribers hear what this process ingests (`ingestArticle`), not other processes' loads. */
export const pubSub = createPubSub<{ [STATEMENT_ADDED]: [StatementAdded] }>();

/** Announces every statement of a freshly loaded article to the `statementAdded` subscriptions. */
export function publishStatements(annotation: Annotation): void {
  const entities = new Map(annotation.entities.map((entity) => [entity.id, entity]));
  const namesOf = (ids: (string | null)[]) =>
    ids.flatMap((id) => {
      const entity = id ? entities.get(id) : undefined;
      if (!entity) return [];
      const surname = entity.kind === 'PERSON' ? [entity.name.split(/\s+/).at(-1)!] : [];
      return [...new Set([entity.name, ...entity.aliases, ...surname].map(normalizeName))];
    });
  const { article } = annotation;
  annotation.statements.forEach((statement, position) => {
    pubSub.publish(STATEMENT_ADDED, {
      statement: {
        id: statement.id,
        text: statement.text,
        kind: statement.kind,
        start: statement.start,
        end: statement.end,
        sentence: statementSentence(article.text, statement),
        articleId: article.id,
        position,
      },
      names: {
        speaker: namesOf([statement.speaker]),
        about: namesOf(statement.about),
        reportedBy: namesOf([statement.reportedBy]),
        audience: namesOf(statement.audience),
      },
    });
  });
}

/** The read filters' rules, applied to one new statement: names and aliases case-insensitive, words contained. */
export function matchesWhere({ statement, names }: StatementAdded, where: StatementWhere | undefined): boolean {
  if (!where) return true;
  const named = (wanted: string | undefined, have: string[]) => !wanted || have.includes(normalizeName(wanted));
  return (
    named(where.speaker, names.speaker) &&
    named(where.about, names.about) &&
    named(where.reportedBy, names.reportedBy) &&
    named(where.audience, names.audience) &&
    (!where.kind || where.kind === statement.kind) &&
    (!where.article || where.article === statement.articleId) &&
    (!where.textContains || statement.text.toLowerCase().includes(where.textContains.toLowerCase()))
  );
}
