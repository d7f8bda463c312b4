// Graphs loaded before :Name nodes existed get theirs once (a no-op afterwards): each lookup key of an entity
// becomes (:Name {key})-[:NAMES {name}]->(entity); `name` marks the keys that merge entities across articles.
MATCH (e:Entity) WHERE e.lookupKeys IS NOT NULL AND NOT EXISTS { (:Name)-[:NAMES]->(e) }
UNWIND e.lookupKeys AS k
MERGE (n:Name {key: k})
MERGE (n)-[r:NAMES]->(e)
SET r.name = k IN coalesce(e.nameKeys, []);
// every node has an id and a caption (the design's rule), helper nodes too
MATCH (n:Name) WHERE n.id IS NULL
SET n.id = 'name:' || n.key, n.name = n.key;
MATCH (lock:ResolutionLock) WHERE lock.name IS NULL
SET lock.name = 'entity resolution lock';
