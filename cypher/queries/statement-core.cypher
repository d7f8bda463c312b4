// Who said each statement and whom it is about, with the stance toward each: what nearly every statement
// query asks for, in one round trip for the whole page. Statement pages carry the same fields themselves.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id,
  COLLECT { MATCH (speaker:Entity)-[:SAID]->(s) RETURN speaker { .id, .name, .kind, .aliases, .commenter } }[0] AS speaker,
  COLLECT {
    MATCH (s)-[about:ABOUT]->(e:Entity)
    RETURN { target: e { .id, .name, .kind, .aliases, .commenter }, stance: coalesce(about.stance, 'NEUTRAL'), cues: coalesce(about.cues, []) } ORDER BY e.name
  } AS stances
