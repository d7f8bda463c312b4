import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../types/enums.ts';
import { DateOnly } from './dateOnly.ts';

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

  @Field(() => String, { nullable: true, description: 'Said in articles published on or after this date, YYYY-MM-DD (undated articles do not match).' })
  @DateOnly('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'Said in articles published on or before this date, YYYY-MM-DD.' })
  @DateOnly('to')
  to?: string;
}
