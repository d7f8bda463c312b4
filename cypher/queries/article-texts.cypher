// Article bodies, only for queries that select Article.text.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
