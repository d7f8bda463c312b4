UNWIND $roles AS row
MATCH (p:Person {id: row.person})
MATCH (owner:Entity {id: row.of})
WHERE owner:Organization OR owner:Place
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(owner)
