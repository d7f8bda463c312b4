// One statement row with its speaker, targets (with stance) and article, so a page and those fields cost one
// round trip (entities without aliases: fetched when selected). Used as `RETURN <this> AS statement` after a page's rows `s` are chosen.
s { .id, .text, .kind, .start, .end, .articleId, .position,
  speaker: COLLECT { MATCH (speaker:Entity)-[:SAID]->(s) RETURN speaker { .id, .name, .kind, .commenter } }[0],
  stances: COLLECT {
    MATCH (s)-[about:ABOUT]->(e:Entity)
    RETURN { target: e { .id, .name, .kind, .commenter }, stance: coalesce(about.stance, 'NEUTRAL'), cues: coalesce(about.cues, []) } ORDER BY e.name
  },
  article: COLLECT { MATCH (a:Article {id: s.articleId}) RETURN a { .id, .title, .publisher, .url, .publishedAt } }[0] }
