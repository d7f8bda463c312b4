import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'Anything with a global id: articles, entities, statements, events.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
