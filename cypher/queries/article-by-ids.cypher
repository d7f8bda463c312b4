UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a { .id, .title, .publisher, .url, .publishedAt, .text } AS article
