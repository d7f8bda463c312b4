import { Field, ObjectType } from 'type-graphql';
import { Node } from './Node.ts';
import { Connection } from './Connection.ts';

@ObjectType({ implements: Node, description: 'A news article as loaded.' })
export class Article extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD, when known.' })
  publishedAt!: string | null;

  /** Resolved in ArticleResolver: fetched only when a query asks for it. */
  text?: string;
}

@ObjectType()
export class ArticleConnection extends Connection(Article, 'Article') {}
