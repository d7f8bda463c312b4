import { Field, ID, InterfaceType } from 'type-graphql';

const ENTITY_TYPES: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' };

/** The concrete type of a record, from the properties each kind of node has. */
export function typeOfRecord(record: Record<string, unknown>): string {
  if ('title' in record) return 'Article';
  if (typeof record.kind === 'string' && ENTITY_TYPES[record.kind]) return ENTITY_TYPES[record.kind]!;
  if ('text' in record) return 'Statement';
  return 'Event';
}

@InterfaceType({
  description: 'Anything with a global id: articles, entities, statements, events.',
  resolveType: (record: Record<string, unknown>) => typeOfRecord(record),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
