import { IsISO8601, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EventKind } from '../types/enums.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class EventWhere {
  @Field(() => String, { nullable: true, description: 'A participant’s name or alias.' })
  @MaxLength(200)
  participant?: string;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: 'Earliest date, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'from must be a date like 2017-02-16' })
  @Matches(DATE_ONLY, { message: 'from must be a date like 2017-02-16, without a time' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Latest date, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'to must be a date like 2017-02-16' })
  @Matches(DATE_ONLY, { message: 'to must be a date like 2017-02-16, without a time' })
  to?: string;
}
