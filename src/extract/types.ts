/** The Annotation JSON of ../shared/design.md: the seam between extraction and loading. */

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'PLACE';
export type StatementKind = 'DIRECT' | 'INDIRECT' | 'COMMENT';
export type EventKind =
  | 'MEETING'
  | 'RESIGNATION'
  | 'ELECTION'
  | 'ANNEXATION'
  | 'PROPOSAL'
  | 'HACK'
  | 'OTHER';

export interface Span {
  start: number;
  end: number;
}

export interface AnnotatedArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  url?: string | null;
  publisher?: string | null;
}

export interface Role {
  title: string;
  /** Entity id of the organization or place the role belongs to, or null when the text does not say. */
  of: string | null;
}

export interface AnnotatedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: Role[];
  mentions: Span[];
  /** True for reader-comment authors: screen names, not real people. */
  commenter?: boolean;
}

/** A statement's stance toward one entity it is about, with the words that decided it. */
export type Stance = 'CRITICAL' | 'SUPPORTIVE' | 'NEUTRAL';

export interface StanceToward {
  about: string;
  stance: Stance;
  cues: string[];
}

export interface AnnotatedStatement {
  id: string;
  speaker: string;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  about: string[];
  audience: string[];
  reportedBy: string | null;
  replyTo: string | null;
  event?: string | null;
  /** One entry per `about` entity (an extension of the design's annotation). */
  stances?: StanceToward[];
}

export interface AnnotatedEvent {
  id: string;
  name: string;
  kind: EventKind;
  dateText: string | null;
  date: string | null;
  place: string | null;
  participants: string[];
  start: number;
  end: number;
}

export interface Annotation {
  article: AnnotatedArticle;
  entities: AnnotatedEntity[];
  statements: AnnotatedStatement[];
  events: AnnotatedEvent[];
}
