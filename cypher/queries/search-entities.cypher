CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node, score
RETURN node { .id, .name, .kind, .aliases, .commenter } AS entity, score
