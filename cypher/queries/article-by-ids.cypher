// Articles by id for the fields statements and events link to; the body (text) is fetched only when asked.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a { .id, .title, .publisher, .url, .publishedAt } AS article
