// Neo4j Browser: claims that came through a news agency, and who made them.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:REPORTED_BY]->(agency:Organization)
RETURN speaker, s, agency
LIMIT 100
