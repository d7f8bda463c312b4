UNWIND $ids AS id
MATCH (p:Entity {id: id})
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(owner:Entity)
WITH id, r, owner ORDER BY r.title
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE { title: r.title, of: owner { .id, .name, .kind, .aliases, .commenter } } END) AS roles
