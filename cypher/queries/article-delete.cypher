// Removes an article, its statements and events, and the entities no longer mentioned anywhere.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS entities
OPTIONAL MATCH (a)-[:CONTAINS]->(x)
WITH a, entities, collect(x) AS contained
FOREACH (x IN contained | DETACH DELETE x)
DETACH DELETE a
WITH entities
UNWIND entities AS e
WITH e WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)-[:SAID]->()
OPTIONAL MATCH (name:Name)-[:NAMES]->(e)
WITH e, collect(name) AS names
DETACH DELETE e
WITH names
UNWIND names AS name
WITH DISTINCT name WHERE NOT (name)-[:NAMES]->()
DELETE name
RETURN count(*) AS deletedNames
