import { extractAnnotation, type Annotation, type AnnotatedStatement } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/parse/index.ts';

/** Extracts from a small article made of the given paragraphs. */
export function annotate(...paragraphs: string[]): Annotation {
  return extractAnnotation(parseArticle(`Test article\n\n${paragraphs.join('\n\n')}`));
}

export interface ReadableStatement {
  speaker: string;
  kind: string;
  text: string;
  about: string[];
  audience: string[];
  reportedBy: string | null;
  replyTo: string | null;
}

/** Statements with entity names instead of ids, for readable assertions. */
export function readable(annotation: Annotation): ReadableStatement[] {
  const names = new Map(annotation.entities.map((entity) => [entity.id, entity.name]));
  const byId = new Map(annotation.statements.map((statement) => [statement.id, statement]));
  const name = (id: string) => names.get(id) ?? id;
  return annotation.statements.map((statement: AnnotatedStatement) => ({
    speaker: name(statement.speaker),
    kind: statement.kind,
    text: statement.text,
    about: statement.about.map(name),
    audience: statement.audience.map(name),
    reportedBy: statement.reportedBy ? name(statement.reportedBy) : null,
    replyTo: statement.replyTo ? name(byId.get(statement.replyTo)!.speaker) : null,
  }));
}
