// Statements about a target, grouped by speaker, most talkative first.
MATCH (:Name {key: $target})-[:NAMES]->(target:Entity)
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target)
WITH speaker, s ORDER BY s.articleId, s.position
WITH speaker, collect(DISTINCT s { .id, .text, .kind, .start, .end, .sentence, .articleId }) AS statements
RETURN speaker { .id, .name, .kind, .aliases, .commenter } AS speaker, size(statements) AS count, statements
ORDER BY count DESC, speaker.name
