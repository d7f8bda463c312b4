import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The same quoted words carried by one or more articles (case, quote marks and spacing aside; a partial quote joins the full one). Links are resolved in QuoteResolver.',
})
export class Quote {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The fullest wording seen (a partial quote gives way to the full one)." })
  text!: string;
}
