// Neo4j Browser: who said what about whom, as a picture (speakers → statements → targets).
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
RETURN speaker, s, target
LIMIT 100
