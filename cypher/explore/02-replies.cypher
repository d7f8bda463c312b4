// Neo4j Browser: who replied to whom, with both statements.
MATCH (replier:Entity)-[:SAID]->(reply:Statement)-[:REPLIES_TO]->(original:Statement)<-[:SAID]-(speaker:Entity)
RETURN replier, reply, original, speaker
LIMIT 50
