import type { ParsedComment } from '../parse/index.ts';
import type { EntityRecord, EntityTable } from './entityTable.ts';
import { stableId } from './ids.ts';
import type { AnnotatedStatement } from './types.ts';

/** Entities of the article whose name or alias appears in a comment, as whole words. */
function mentionedIn(text: string, entities: EntityRecord[]): string[] {
  return entities
    .filter((entity) => !entity.commenter)
    .filter((entity) =>
      [entity.name, ...entity.aliases].some((surface) => {
        if (surface.length < 3 || surface === surface.toLowerCase()) return false; // descriptors and groups, not names
        if (!text.includes(surface)) return false;
        const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'u').test(text);
      }),
    )
    .map((entity) => entity.id);
}

/** Each reader comment is a COMMENT statement by its author (a commenter, not a real person); replies link up. */
export function commentStatements(articleId: string, comments: ParsedComment[], table: EntityTable): AnnotatedStatement[] {
  const known = table.all();
  const ids = comments.map((_, index) => stableId('comment', articleId, index));
  return comments.map((comment, index) => ({
    id: ids[index]!,
    speaker: table.entity('PERSON', comment.author, { commenter: true }).id,
    kind: 'COMMENT',
    text: comment.text,
    start: 0,
    end: 0,
    about: mentionedIn(comment.text, known),
    audience: [],
    reportedBy: null,
    replyTo: comment.replyTo === null ? null : ids[comment.replyTo]!,
  }));
}
