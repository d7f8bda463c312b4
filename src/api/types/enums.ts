import { registerEnumType } from 'type-graphql';

export enum EntityKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PLACE = 'PLACE',
}

export enum StatementKind {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
  COMMENT = 'COMMENT',
}

export enum EventKind {
  MEETING = 'MEETING',
  RESIGNATION = 'RESIGNATION',
  ELECTION = 'ELECTION',
  ANNEXATION = 'ANNEXATION',
  PROPOSAL = 'PROPOSAL',
  HACK = 'HACK',
  OTHER = 'OTHER',
}

registerEnumType(EntityKind, { name: 'EntityKind', description: 'PERSON, ORGANIZATION or PLACE (countries, cities, regions).' });
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'DIRECT: words in quotation marks; INDIRECT: reported speech; COMMENT: a reader comment.',
});
registerEnumType(EventKind, { name: 'EventKind' });

export enum OrderBy {
  ARTICLE_ORDER = 'ARTICLE_ORDER',
  DATE = 'DATE',
  DATE_DESC = 'DATE_DESC',
}

registerEnumType(OrderBy, {
  name: 'OrderBy',
  description: 'ARTICLE_ORDER: by article, then text order; DATE / DATE_DESC: by publication date (events: their own date), undated last.',
});

export enum Stance {
  CRITICAL = 'CRITICAL',
  SUPPORTIVE = 'SUPPORTIVE',
  NEUTRAL = 'NEUTRAL',
}

registerEnumType(Stance, { name: 'Stance', description: 'How a statement judges an entity it is about, from cue words ("accused", "praised").' });
