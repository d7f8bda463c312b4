// Statements about a target, grouped by speaker, most talkative first, with how many were critical,
// supportive or neutral toward it; $stance keeps only one of them.
MATCH (:Name {key: $target})-[:NAMES]->(target:Entity)
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[about:ABOUT]->(target)
WITH speaker, s, coalesce(about.stance, 'NEUTRAL') AS stance
WHERE $stance IS NULL OR stance = $stance
WITH speaker, s, stance ORDER BY s.articleId, s.position
WITH speaker,
  collect(DISTINCT s { .id, .text, .kind, .start, .end, .sentence, .articleId, .position }) AS statements,
  count(DISTINCT CASE WHEN stance = 'CRITICAL' THEN s END) AS critical,
  count(DISTINCT CASE WHEN stance = 'SUPPORTIVE' THEN s END) AS supportive,
  count(DISTINCT CASE WHEN stance = 'NEUTRAL' THEN s END) AS neutral
RETURN speaker { .id, .name, .kind, .aliases, .commenter } AS speaker, size(statements) AS count, statements, critical, supportive, neutral
ORDER BY count DESC, speaker.name
