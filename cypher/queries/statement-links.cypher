// The rarer links of a page of statements (outlet, reply, event, audience, replies), in one round trip for
// the whole page; speaker and targets come from statement-core.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:REPORTED_BY]->(outlet:Entity)
OPTIONAL MATCH (s)-[:REPLIES_TO]->(answered:Statement)
OPTIONAL MATCH (s)-[:MADE_AT]->(event:Event)
RETURN id,
  outlet { .id, .name, .kind, .aliases, .commenter } AS reportedBy,
  answered { .id, .text, .kind, .start, .end, .sentence, .articleId, .position } AS replyTo,
  event { .id, .name, .kind, .dateText, .date, .start, .end, .articleId } AS event,
  COLLECT { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) RETURN e { .id, .name, .kind, .aliases, .commenter } ORDER BY e.name } AS audience,
  COLLECT { MATCH (s)<-[:REPLIES_TO]-(r:Statement) RETURN r { .id, .text, .kind, .start, .end, .sentence, .articleId, .position } ORDER BY r.articleId, r.position } AS replies
