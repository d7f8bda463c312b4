// Shortest path between two entities through statements, events and roles (through a shared article when nothing else links them).
// The search is bounded at 6 hops; $maxHops narrows it.
MATCH (:Name {key: $from})-[:NAMES]->(a:Entity)
MATCH (:Name {key: $to})-[:NAMES]->(b:Entity) WHERE b <> a
MATCH p = shortestPath((a)-[*..6]-(b))
// filtering on the path inside the MATCH would make Neo4j fall back to an exhaustive search: filter afterwards
WITH p WHERE length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT 1
RETURN [r IN relationships(p) | {
  type: type(r),
  title: r.title,
  from: { id: startNode(r).id, name: startNode(r).name, label: [l IN labels(startNode(r)) WHERE l <> 'Entity'][0] },
  to: { id: endNode(r).id, name: endNode(r).name, label: [l IN labels(endNode(r)) WHERE l <> 'Entity'][0] }
}] AS steps
