// A page of articles, newest first; ties broken by id so cursors stay stable.
MATCH (a:Article)
RETURN a { .id, .name, .title, .publisher, .url, .publishedAt, .text } AS article
ORDER BY a.publishedAt DESC, a.id
SKIP $offset
LIMIT $limit
