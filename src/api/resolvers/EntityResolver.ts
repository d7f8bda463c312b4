import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { entityByName, entityByNameWithSaid, entityPage, type EntityRecord } from '../../graph/index.ts';
import { pageRequest } from '../cursor.ts';
import type { ApiContext } from '../context.ts';
import { EntityWhere } from '../inputs/EntityWhere.ts';
import { Entity, EntityConnection } from '../types/Entity.ts';
import { StatementConnection } from '../types/Statement.ts';
import { paged, pagedRelation, selectedFieldArguments } from './paging.ts';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this name or alias, case-insensitive ("defense secretary").' })
  async entity(@Ctx() { store, loaders }: ApiContext, @Arg('name', () => String) name: string, @Info() info: GraphQLResolveInfo) {
    if (name.length > 200) return null;
    // `entity(name) { said(first: n) }` is the common question: the entity and its first page in one query
    const said = selectedFieldArguments(info, 'said');
    if (!said || said.after) return entityByName(store, name);
    const { offset, limit } = pageRequest(said.first as number, null);
    const found = await entityByNameWithSaid(store, name, { offset, limit });
    if (!found) return null;
    loaders.said.prime({ id: found.entity.id, paging: { offset, limit } }, found.said);
    return found.entity;
  }

  @Query(() => EntityConnection)
  entities(
    @Ctx() { store }: ApiContext,
    @Arg('where', () => EntityWhere, { nullable: true }) where: EntityWhere | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return paged(first, after, (paging) => entityPage(store, where ?? {}, paging));
  }

  @FieldResolver(() => StatementConnection, { description: 'What this entity said.' })
  said(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return pagedRelation(loaders.said, entity.id, first, after);
  }

  @FieldResolver(() => [String], { description: 'Other names and descriptions used for it ("Doe", "defense secretary").' })
  aliases(@Root() entity: EntityRecord, @Ctx() { loaders }: ApiContext) {
    // entities of statement page rows leave their aliases out: fetched in one batch when selected
    return entity.aliases ?? loaders.entityAliases.load(entity.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this entity.' })
  mentionedIn(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return pagedRelation(loaders.mentionedIn, entity.id, first, after);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements addressed to this entity (its audience role).' })
  addressedBy(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return pagedRelation(loaders.addressedBy, entity.id, first, after);
  }
}

