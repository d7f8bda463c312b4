import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../types/enums.ts';

@InputType({ description: 'Name filters take a name or an alias, case-insensitive ("Doe", "defense secretary").' })
export class StatementWhere {
  @Field(() => String, { nullable: true })
  @MaxLength(200)
  speaker?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  about?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  reportedBy?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  audience?: string;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind;

  @Field(() => ID, { nullable: true })
  @MaxLength(200)
  article?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(500)
  textContains?: string;
}
