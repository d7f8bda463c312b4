UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[:LOCATED_IN]->(place:Entity)
RETURN id,
  place { .id, .name, .kind, .aliases, .commenter } AS place,
  COLLECT { MATCH (e:Entity)-[:PARTICIPATED_IN]->(ev) RETURN e { .id, .name, .kind, .aliases, .commenter } ORDER BY e.name } AS participants,
  COLLECT { MATCH (s:Statement)-[:MADE_AT]->(ev) WITH s ORDER BY s.position RETURN s { .id, .text, .kind, .start, .end, .sentence, .articleId, .position } } AS statements
