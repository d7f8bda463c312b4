// Everything a page of statements links to, in one round trip for the whole page.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(outlet:Entity)
OPTIONAL MATCH (s)-[:REPLIES_TO]->(answered:Statement)
OPTIONAL MATCH (s)-[:MADE_AT]->(event:Event)
RETURN id,
  speaker { .id, .name, .kind, .aliases, .commenter } AS speaker,
  outlet { .id, .name, .kind, .aliases, .commenter } AS reportedBy,
  answered { .id, .text, .kind, .start, .end, .sentence, .articleId } AS replyTo,
  event { .id, .name, .kind, .dateText, .date, .start, .end, .articleId } AS event,
  COLLECT { MATCH (s)-[:ABOUT]->(e:Entity) RETURN e { .id, .name, .kind, .aliases, .commenter } ORDER BY e.name } AS about,
  COLLECT {
    MATCH (s)-[about:ABOUT]->(e:Entity)
    RETURN { target: e { .id, .name, .kind, .aliases, .commenter }, stance: coalesce(about.stance, 'NEUTRAL'), cues: coalesce(about.cues, []) } ORDER BY e.name
  } AS stances,
  COLLECT { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) RETURN e { .id, .name, .kind, .aliases, .commenter } ORDER BY e.name } AS audience,
  COLLECT { MATCH (s)<-[:REPLIES_TO]-(r:Statement) RETURN r { .id, .text, .kind, .start, .end, .sentence, .articleId } ORDER BY r.articleId, r.position } AS replies
