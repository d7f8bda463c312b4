// Removes an article, its statements and events, and the entities and quotes no longer found anywhere else.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS entities
OPTIONAL MATCH (a)-[:CONTAINS]->(x)
WITH a, entities, collect(x) AS contained
OPTIONAL MATCH (a)-[:CONTAINS]->(:Statement)-[:QUOTES]->(q:Quote)
WITH a, entities, contained, collect(DISTINCT q) AS quotes
FOREACH (x IN contained | DETACH DELETE x)
DETACH DELETE a
WITH entities, quotes
// quotes no other article carries go too, with the five-word runs only they had
CALL (quotes) {
  UNWIND quotes AS q
  WITH q WHERE NOT (q)<-[:QUOTES]-()
  OPTIONAL MATCH (q)-[:HAS_SHINGLE]->(run:Shingle)
  WITH q, collect(run) AS runs
  DETACH DELETE q
  WITH runs
  UNWIND runs AS run
  WITH DISTINCT run WHERE NOT (run)<-[:HAS_SHINGLE]-()
  DELETE run
}
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
