import { entityId, normalizeName } from './ids.ts';
import { countBefore } from './sorted.ts';
import type { AnnotatedEntity, EntityKind, Role, Span } from './types.ts';

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  roles: Role[];
  mentions: Span[];
  newsAgency: boolean;
  commenter: boolean;
}

export interface PlacedMention extends Span {
  entity: EntityRecord;
  /** Token range [first, last) of the mention. */
  first: number;
  last: number;
}

/**
 * The entities of one article and where each is mentioned. Extraction steps add to it; `finish`
 * turns it into the Annotation's entity list.
 */
export class EntityTable {
  private readonly byId = new Map<string, EntityRecord>();
  private readonly idOf = new Map<string, string>();
  private readonly placed: PlacedMention[] = [];
  /** `placed` in text order, kept sorted as mentions arrive. */
  private readonly ordered: PlacedMention[] = [];
  private readonly byToken = new Map<number, PlacedMention>();

  entity(kind: EntityKind, name: string, options: { newsAgency?: boolean; commenter?: boolean } = {}): EntityRecord {
    const idKey = `${options.commenter ? 'commenter' : kind} ${name}`;
    let id = this.idOf.get(idKey);
    if (id === undefined) {
      id = options.commenter ? entityId('commenter', name) : entityId(kind, name);
      this.idOf.set(idKey, id);
    }
    let record = this.byId.get(id);
    if (!record) {
      record = {
        id,
        name,
        kind,
        aliases: new Set(),
        roles: [],
        mentions: [],
        newsAgency: options.newsAgency ?? false,
        commenter: options.commenter ?? false,
      };
      this.byId.set(id, record);
    }
    return record;
  }

  /** Records that tokens [first, last) at `span` mention `entity`, under the surface form `surface`. */
  mention(entity: EntityRecord, span: Span, first: number, last: number, surface: string): PlacedMention {
    const existing = this.byToken.get(first);
    if (existing && existing.last === last) return existing;
    const placed: PlacedMention = { ...span, entity, first, last };
    this.placed.push(placed);
    this.ordered.splice(this.firstAtOrAfter(first), 0, placed);
    for (let token = first; token < last; token += 1) this.byToken.set(token, placed);
    entity.mentions.push({ start: span.start, end: span.end });
    this.alias(entity, surface);
    return placed;
  }

  /**
   * Records that a pronoun or description at `span` ("he", "the senator") was resolved to `entity`: provenance
   * for the entity's mentions, without making the words an alias or a named mention other rules would see.
   */
  referredTo(entity: EntityRecord, span: Span): void {
    if (!entity.mentions.some((mention) => mention.start === span.start && mention.end === span.end)) entity.mentions.push({ ...span });
  }

  alias(entity: EntityRecord, surface: string): void {
    const clean = surface.replace(/[’']s$/, '').trim();
    if (!clean || clean === entity.name || entity.aliases.has(clean)) return;
    if (normalizeName(clean) !== normalizeName(entity.name)) entity.aliases.add(clean);
  }

  addRole(entity: EntityRecord, role: Role): void {
    if (!entity.roles.some((known) => known.title === role.title && known.of === role.of)) entity.roles.push(role);
  }

  at(token: number): PlacedMention | undefined {
    return this.byToken.get(token);
  }

  /** Index in text order of the first mention starting at or after token `first`. */
  firstAtOrAfter(first: number): number {
    return countBefore(this.ordered, (mention) => mention.first < first);
  }

  /** Mentions whose tokens lie inside [first, last). */
  within(first: number, last: number): PlacedMention[] {
    const found: PlacedMention[] = [];
    for (let i = this.firstAtOrAfter(first); i < this.ordered.length && this.ordered[i]!.first < last; i += 1) {
      if (this.ordered[i]!.last <= last) found.push(this.ordered[i]!);
    }
    return found;
  }

  /** Every mention in text order. */
  sorted(): readonly PlacedMention[] {
    return this.ordered;
  }

  all(): EntityRecord[] {
    return [...this.byId.values()];
  }

  find(predicate: (entity: EntityRecord) => boolean): EntityRecord | undefined {
    return this.all().find(predicate);
  }

  /** An entity whose name or alias matches `surface`, ignoring case and punctuation. */
  named(surface: string): EntityRecord | undefined {
    const key = normalizeName(surface);
    return (
      this.find((entity) => normalizeName(entity.name) === key) ??
      this.find((entity) => [...entity.aliases].some((alias) => normalizeName(alias) === key))
    );
  }

  finish(): AnnotatedEntity[] {
    return this.all()
      .filter((entity) => entity.mentions.length > 0 || entity.commenter)
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        aliases: [...entity.aliases],
        roles: entity.roles,
        mentions: [...entity.mentions].sort((a, b) => a.start - b.start),
        ...(entity.commenter ? { commenter: true } : {}),
      }));
  }
}
