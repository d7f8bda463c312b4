import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EntityKind } from '../types/enums.ts';

@InputType()
export class EntityWhere {
  @Field(() => EntityKind, { nullable: true })
  kind?: EntityKind;

  @Field(() => String, {
    nullable: true,
    description: 'A whole name, alias or surname, case-insensitive: every entity it fits (entity(name:) picks one of them).',
  })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Part of a name or alias, case-insensitive.' })
  @MaxLength(200)
  nameContains?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include reader-comment authors.' })
  commenters?: boolean;
}
