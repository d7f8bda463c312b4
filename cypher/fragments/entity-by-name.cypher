// The entity a name or alias stands for, as `e`; the most mentioned one wins when several share it.
MATCH (:Name {key: $key})-[:NAMES]->(e:Entity)
WITH e, COUNT { (e)<-[:MENTIONS]-() } + COUNT { (e)-[:SAID]->() } AS weight
ORDER BY CASE WHEN e.key = $key THEN 0 ELSE 1 END, weight DESC, e.id
LIMIT 1
