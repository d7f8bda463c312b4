// Roles of each person: HOLDS_ROLE edges, plus titles whose owner the text did not name.
UNWIND $ids AS id
MATCH (p:Entity {id: id})
RETURN id,
  COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(owner:Entity) RETURN { title: r.title, of: owner { .id, .name, .kind, .aliases, .commenter } } ORDER BY r.title }
  + [title IN coalesce(p.roleTitles, []) WHERE NOT EXISTS { (p)-[:HOLDS_ROLE {title: title}]->() } | { title: title, of: null }] AS roles
