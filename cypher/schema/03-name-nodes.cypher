// Graphs loaded before :Name nodes existed get theirs once (a no-op afterwards): each lookup key of an entity
// becomes (:Name {key})-[:NAMES {name}]->(entity); `name` marks the keys that merge entities across articles.
MATCH (e:Entity) WHERE e.lookupKeys IS NOT NULL AND NOT EXISTS { (:Name)-[:NAMES]->(e) }
UNWIND e.lookupKeys AS k
MERGE (n:Name {key: k})
MERGE (n)-[r:NAMES]->(e)
SET r.name = k IN coalesce(e.nameKeys, []);
