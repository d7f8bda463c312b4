import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EntityRecord, StatementRecord } from '../../graph/index.ts';
import { Entity } from './Entity.ts';
import { Statement } from './Statement.ts';

@ObjectType({ description: 'What one speaker said about the target.' })
export class SpeakerStatements {
  @Field(() => Entity)
  speaker!: EntityRecord;

  @Field(() => Int)
  count!: number;

  @Field(() => [Statement])
  statements!: StatementRecord[];

  @Field(() => Int, { description: 'Statements critical of the target.' })
  critical!: number;

  @Field(() => Int, { description: 'Statements supportive of the target.' })
  supportive!: number;

  @Field(() => Int, { description: 'Statements neutral toward the target.' })
  neutral!: number;
}

@ObjectType({ description: 'A full-text hit: a statement or an entity, with its relevance score.' })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => Statement, { nullable: true })
  statement!: StatementRecord | null;

  @Field(() => Entity, { nullable: true })
  entity!: EntityRecord | null;
}

@ObjectType({ description: 'One end of a path step.' })
export class PathNode {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Person, Organization, Place, Statement, Event or Article.' })
  label!: string;
}

@ObjectType({ description: 'One typed step of a connection: (from)-[type]->(to), e.g. Person SAID Statement.' })
export class PathStep {
  @Field(() => String)
  type!: string;

  @Field(() => String, { nullable: true, description: 'The role title, for HOLDS_ROLE steps.' })
  title!: string | null;

  @Field(() => PathNode)
  from!: PathNode;

  @Field(() => PathNode)
  to!: PathNode;
}

@ObjectType({ description: 'What an ingestion wrote.' })
export class IngestReport {
  @Field(() => String)
  articleId!: string;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int, { description: 'Nodes new to the graph (0 when the same article is ingested again).' })
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;

  @Field(() => Int)
  propertiesSet!: number;
}
