import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { connection, MAX_HOPS, nodeById, search, whoSaidWhatAbout } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { Stance } from '../types/enums.ts';
import { Node } from '../types/Node.ts';
import { PathStep, SearchHit, SpeakerStatements } from '../types/Results.ts';

const MAX_SEARCH_RESULTS = 100;

/** Queries across the whole graph: node lookup, who said what about whom, full-text search, connections. */
@Resolver()
export class GraphResolver {
  @Query(() => Node, { nullable: true })
  async node(@Ctx() { store }: ApiContext, @Arg('id', () => ID) id: string) {
    return (await nodeById(store, id))?.node ?? null;
  }

  @Query(() => [SpeakerStatements], { description: 'Statements about the target (a name or alias), grouped by speaker with counts by stance; `stance` keeps one kind.' })
  whoSaidWhatAbout(
    @Ctx() { store }: ApiContext,
    @Arg('target', () => String) target: string,
    @Arg('stance', () => Stance, { nullable: true }) stance?: Stance,
  ) {
    return whoSaidWhatAbout(store, target, stance ?? null);
  }

  @Query(() => [SearchHit], { description: 'Full-text search over statement texts and entity names, best first.' })
  async search(
    @Ctx() { store }: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
  ) {
    if (first < 1 || first > MAX_SEARCH_RESULTS) throw badInput(`first must be between 1 and ${MAX_SEARCH_RESULTS}.`, 'first');
    if (text.length > 500) throw badInput('text must be at most 500 characters.', 'text');
    const hits = await search(store, text, first);
    return [
      ...hits.statements.map(({ statement, score }) => ({ score, statement, entity: null })),
      ...hits.entities.map(({ entity, score }) => ({ score, statement: null, entity })),
    ]
      .sort((a, b) => b.score - a.score)
      .slice(0, first);
  }

  @Query(() => [PathStep], { nullable: true, description: `Shortest path between two entities, step by step (maxHops at most ${MAX_HOPS}).` })
  connection(
    @Ctx() { store }: ApiContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
  ) {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw badInput(`maxHops must be between 1 and ${MAX_HOPS}.`, 'maxHops');
    return connection(store, from, to, maxHops);
  }
}
