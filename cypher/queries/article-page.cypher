// A page of articles, newest first; ties broken by id so cursors stay stable.
MATCH (a:Article)
WITH a ORDER BY a.publishedAt DESC, a.id
WITH collect(a) AS matching
RETURN size(matching) AS total,
  [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .title, .publisher, .url, .publishedAt, .text }] AS page
