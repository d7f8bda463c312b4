import type { Annotation } from '../extract/index.ts';

/** A readable summary: one line per statement, e.g. `Jane Doe → about France: “…” [DIRECT]`. */
export function summarize(annotation: Annotation): string {
  const names = new Map(annotation.entities.map((entity) => [entity.id, entity.name]));
  const name = (id: string | null | undefined) => (id ? names.get(id) ?? id : '?');
  const statements = new Map(annotation.statements.map((statement) => [statement.id, statement]));
  const lines = [`${annotation.article.title}`, ''];
  for (const statement of annotation.statements) {
    const about = statement.about.length > 0 ? ` → about ${statement.about.map(name).join(', ')}` : '';
    const via = statement.reportedBy ? ` (via ${name(statement.reportedBy)})` : '';
    const to = statement.audience.length > 0 ? ` (to ${statement.audience.map(name).join(', ')})` : '';
    const replyTo = statement.replyTo ? statements.get(statement.replyTo) : undefined;
    const reply = replyTo ? ` (replying to ${name(replyTo.speaker)})` : '';
    lines.push(`${name(statement.speaker)}${about}: “${statement.text}” [${statement.kind}]${via}${to}${reply}`);
  }
  for (const event of annotation.events) {
    const when = event.dateText ? ` (${event.dateText}${event.date ? ` = ${event.date}` : ''})` : '';
    const where = event.place ? ` in ${name(event.place)}` : '';
    lines.push(`event ${event.kind}: ${event.name}${when}${where}; participants: ${event.participants.map(name).join(', ') || 'none'}`);
  }
  lines.push('', `${annotation.entities.length} entities, ${annotation.statements.length} statements, ${annotation.events.length} events`);
  return lines.join('\n');
}
