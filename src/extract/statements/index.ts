import type { EntityTable } from '../entityTable.ts';
import type { TaggedText } from '../nlp.ts';
import { directStatements, labelledLines } from './direct.ts';
import { ArticleDocument, type Draft } from './document.ts';
import { indirectStatements } from './indirect.ts';
import { linkAbout, linkReplies, linkReportedBy } from './links.ts';
import { findQuotes } from './quotes.ts';

export type { Draft } from './document.ts';
export { ArticleDocument } from './document.ts';
export { stancesOf } from './stance.ts';

/** DIRECT and INDIRECT statements of the article body, with about, audience, reportedBy and replyTo. */
export function extractStatements(tagged: TaggedText, table: EntityTable): { drafts: Draft[]; document: ArticleDocument } {
  const document = new ArticleDocument(tagged, table);
  document.quotes = findQuotes(document);
  const reported = indirectStatements(document);
  const quoted = directStatements(document, reported);
  const sorted = [...reported, ...quoted, ...labelledLines(document)].sort((a, b) => a.start - b.start || a.end - b.end);
  // two verbs can report the same words of the same speaker ("said … but added that X"): one statement
  const seen = new Set<string>();
  const drafts = sorted.filter((draft) => {
    const key = `${draft.kind} ${draft.start} ${draft.end} ${draft.speaker.id}`;
    return !seen.has(key) && !!seen.add(key);
  });
  linkReportedBy(document, drafts);
  linkAbout(document, drafts);
  linkReplies(document, drafts);
  return { drafts, document };
}
