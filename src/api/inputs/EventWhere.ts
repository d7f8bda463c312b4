import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EventKind } from '../types/enums.ts';
import { DateOnly } from './dateOnly.ts';

@InputType()
export class EventWhere {
  @Field(() => String, { nullable: true, description: 'A participant’s name or alias.' })
  @MaxLength(200)
  participant?: string;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: 'Earliest date, YYYY-MM-DD.' })
  @DateOnly('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'Latest date, YYYY-MM-DD.' })
  @DateOnly('to')
  to?: string;
}
