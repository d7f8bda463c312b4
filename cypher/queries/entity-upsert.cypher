// One row per entity of an article; labels follow the kind so Neo4j Browser can color them.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind, e.key = row.key, e.commenter = row.commenter
SET e.aliases = reduce(all = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN all THEN all ELSE all + alias END),
    e.nameKeys = reduce(all = coalesce(e.nameKeys, []), k IN row.nameKeys | CASE WHEN k IN all THEN all ELSE all + k END),
    e.lookupKeys = reduce(all = coalesce(e.lookupKeys, []), k IN row.lookupKeys | CASE WHEN k IN all THEN all ELSE all + k END),
    // roles whose organization or place the text does not name cannot be HOLDS_ROLE edges: kept as titles
    e.roleTitles = reduce(all = coalesce(e.roleTitles, []), t IN row.roleTitles | CASE WHEN t IN all THEN all ELSE all + t END)
FOREACH (k IN row.lookupKeys |
  MERGE (n:Name {key: k})
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
MATCH (a:Article {id: $articleId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends
