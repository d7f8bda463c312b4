import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './Connection.ts';
import { StatementKind } from './enums.ts';
import { Node } from './Node.ts';

@ObjectType({
  implements: Node,
  description: 'Something someone said. Links (speaker, about, audience, reportedBy, replyTo, replies, article, event) are resolved in StatementResolver.',
})
export class Statement extends Node {
  @Field(() => String, { description: 'The words: for DIRECT and INDIRECT exactly article.text[start:end].' })
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => Int, { description: 'Offset of the text in the article text (0 for comments, which are not in it).' })
  start!: number;

  @Field(() => Int)
  end!: number;

  articleId!: string;
}

@ObjectType()
export class StatementConnection extends Connection(Statement, 'Statement') {}
