import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../graph/index.ts';
import { Entity } from './Entity.ts';
import { Stance } from './enums.ts';

@ObjectType({ description: 'A statement’s stance toward one entity it is about, and the words that decided it.' })
export class StanceToward {
  @Field(() => Entity)
  target!: EntityRecord;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => [String], { description: 'The cue words ("accused", "praised"); empty when NEUTRAL.' })
  cues!: string[];
}
