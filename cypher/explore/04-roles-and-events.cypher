// Neo4j Browser: people with their roles, and the events they took part in.
MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(ev:Event)
RETURN p, r, o, ev
LIMIT 100
