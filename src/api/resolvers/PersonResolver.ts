import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { Person, Role } from '../types/Entity.ts';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], { description: 'Roles held: "Defense Minister" of Russia.' })
  roles(@Root() person: EntityRecord, @Ctx() { loaders }: ApiContext) {
    return loaders.roles.load(person.id);
  }
}
