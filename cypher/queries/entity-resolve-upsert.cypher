// Resolves each article's entities against the graph, then writes them: article by article, in batch order.
// Each execution of the CALL sees what earlier ones wrote, so a batch gives the graph that loading its articles
// one by one gives ("Mattis" in the second article joins "James Mattis" from the first).
//
// Resolution maps an incoming entity to one already in the graph with the same kind and a shared name:
// "Mattis" in one article and "James Mattis" in another are one node, whichever article came first.
// Preference: the same key, then a shared name or alias, then a person's surname alone. Every lookup is an
// index seek (entity key, :Name key), never a scan of all entities.
UNWIND $articles AS article
CALL (article) {
  UNWIND article.entities AS incoming
  OPTIONAL MATCH (byKey:Entity {key: incoming.key})
    WHERE byKey.kind = incoming.kind AND coalesce(byKey.commenter, false) = incoming.commenter
  OPTIONAL CALL (incoming, byKey) {
    // their key is one of our names
    MATCH (candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND candidate.key IN incoming.nameKeys
    RETURN candidate, 1 AS rank
    UNION
    // our key is one of their names
    MATCH (:Name {key: incoming.key})-[r:NAMES]->(candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND r.name
    RETURN candidate, 1 AS rank
    UNION
    // a person known by surname alone, or known in full when we have only the surname
    MATCH (candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND incoming.kind = 'PERSON' AND candidate.key = incoming.surname
    RETURN candidate, 2 AS rank
    UNION
    MATCH (:Name {key: incoming.key})-[:NAMES]->(candidate:Entity)
    WHERE byKey IS NULL AND NOT incoming.commenter AND incoming.kind = 'PERSON' AND incoming.surname IS NULL
    RETURN candidate, 2 AS rank
  }
  WITH incoming, coalesce(byKey, candidate) AS existing,
       CASE
         WHEN byKey IS NOT NULL THEN 0
         WHEN candidate.kind = incoming.kind AND NOT coalesce(candidate.commenter, false) THEN rank
       END AS rank
  ORDER BY rank, existing.id
  WITH incoming, collect(CASE WHEN rank IS NOT NULL THEN existing END)[0] AS existing
  // every entity of the article is resolved before any is written (the aggregation waits for all rows)
  WITH collect({row: incoming, id: coalesce(existing.id, incoming.id)}) AS resolved
  UNWIND resolved AS resolution
  WITH resolution.row AS row, resolution.id AS id
  // labels follow the kind so Neo4j Browser can color them
  MERGE (e:Entity {id: id})
  ON CREATE SET e.name = row.name, e.kind = row.kind, e.key = row.key, e.commenter = row.commenter
  SET e.aliases = reduce(all = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN all THEN all ELSE all + alias END),
      e.nameKeys = reduce(all = coalesce(e.nameKeys, []), k IN row.nameKeys | CASE WHEN k IN all THEN all ELSE all + k END),
      e.lookupKeys = reduce(all = coalesce(e.lookupKeys, []), k IN row.lookupKeys | CASE WHEN k IN all THEN all ELSE all + k END),
      // roles whose organization or place the text does not name cannot be HOLDS_ROLE edges: kept as titles
      e.roleTitles = reduce(all = coalesce(e.roleTitles, []), t IN row.roleTitles | CASE WHEN t IN all THEN all ELSE all + t END)
  FOREACH (k IN row.lookupKeys |
    MERGE (n:Name {key: k})
    ON CREATE SET n.id = 'name:' || k, n.name = k
    MERGE (n)-[r:NAMES]->(e)
    SET r.name = coalesce(r.name, false) OR k IN row.nameKeys)
  // a person first met by surname alone takes the full name when a later article gives it
  FOREACH (_ IN CASE WHEN row.kind = 'PERSON' AND row.surname IS NOT NULL AND e.key = row.surname THEN [1] ELSE [] END |
    SET e.name = row.name, e.key = row.key)
  FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
  FOREACH (_ IN CASE WHEN row.kind = 'PLACE' THEN [1] ELSE [] END | SET e:Place)
  FOREACH (_ IN CASE WHEN row.commenter THEN [1] ELSE [] END | SET e:Commenter)
  WITH e, row
  MATCH (a:Article {id: article.id})
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends
  RETURN row.id AS incomingId, e.id AS id
}
RETURN article.id AS articleId, incomingId, id
