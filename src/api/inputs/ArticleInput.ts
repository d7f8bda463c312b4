import { IsISO8601, IsOptional, IsUrl, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CLEAN_TEXT, MAX_ARTICLE_BYTES } from '../../parse/index.ts';

const clean = (field: string) => Matches(CLEAN_TEXT, { message: `${field} must be text without control characters (NUL, escape, …)` });

@InputType({ description: 'A reader comment; replies nest.' })
export class CommentInput {
  @Field(() => String)
  @Length(1, 200)
  @clean('author')
  author!: string;

  @Field(() => String)
  @Length(1, 100_000)
  text!: string;

  @Field(() => [CommentInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  replies?: CommentInput[];
}

@InputType({ description: 'An article to ingest, in the JSON form of the design.' })
export class ArticleInput {
  @Field(() => String)
  @Length(1, 1000, { message: 'title must not be empty (at most 1000 characters)' })
  @clean('title')
  title!: string;

  @Field(() => String)
  @Length(1, MAX_ARTICLE_BYTES, { message: `text must not be empty and at most ${MAX_ARTICLE_BYTES} characters` })
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be an absolute http(s) URL' })
  url?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @clean('publisher')
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; relative dates in the text are resolved against it.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'publishedAt must be a date like 2017-02-16' })
  publishedAt?: string;

  @Field(() => [CommentInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  comments?: CommentInput[];
}
