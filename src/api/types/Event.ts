import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Connection } from './Connection.ts';
import { EventKind } from './enums.ts';
import { Node } from './Node.ts';

@ObjectType({ implements: Node, description: 'A meeting, resignation, election… Place, participants and statements are resolved in EventResolver.' })
export class Event extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => String, { nullable: true, description: 'The date as the article writes it ("Thursday", "Nov. 8").' })
  dateText!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The calendar date, when the article’s publication date allowed resolving it.' })
  date!: string | null;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  articleId!: string;
}

@ObjectType()
export class EventConnection extends Connection(Event, 'Event') {}
