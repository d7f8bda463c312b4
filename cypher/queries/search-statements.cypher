CALL db.index.fulltext.queryNodes('statement_text', $query, { limit: $limit })
YIELD node, score
RETURN node { .id, .text, .kind, .start, .end, .sentence, .articleId } AS statement, score
