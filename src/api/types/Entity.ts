import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../graph/index.ts';
import { Connection } from './Connection.ts';
import { EntityKind } from './enums.ts';
import { Node } from './Node.ts';

@InterfaceType({
  implements: Node,
  description: 'A person, organization or place. `said`, `mentionedIn`, `addressedBy` and `roles` are resolved in EntityResolver.',
  resolveType: (entity: EntityRecord) => ({ PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' })[entity.kind],
})
export abstract class Entity extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  name!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => Boolean, { description: 'True for reader-comment authors (screen names, not real people).' })
  commenter!: boolean;
}

@ObjectType({ implements: [Node, Entity] })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Organization extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Place extends Entity {}

@ObjectType()
export class EntityConnection extends Connection(Entity, 'Entity') {}

@ObjectType({ description: 'A role a person holds: "Defense Minister" of Russia.' })
export class Role {
  @Field(() => String)
  title!: string;

  @Field(() => Entity, { nullable: true, description: 'The organization or place, when the text names it.' })
  of!: EntityRecord | null;
}
