import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './PageInfo.ts';

/** Relay cursor connection for any node type: nodes, edges, pageInfo and totalCount. */
export function Connection<TNode extends object>(NodeClass: ClassType<TNode> | Function, typeName: string) {
  @ObjectType(`${typeName}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after this edge.' })
    cursor!: string;

    @Field(() => NodeClass)
    node!: TNode;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [NodeClass])
    nodes!: TNode[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionType;
}
