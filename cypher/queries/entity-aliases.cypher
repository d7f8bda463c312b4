// Entities' aliases, only for queries that select Entity.aliases on entities a statement page brought (page
// rows leave them out).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, coalesce(e.aliases, []) AS aliases
