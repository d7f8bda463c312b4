// The articles of one load (one or a batch); entities, statements and events attach to them afterwards.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.name = row.title,
    a.text = row.text,
    a.url = row.url,
    a.publisher = row.publisher,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
    // when this graph first carried it: which article came first, for quotes of undated articles
    a.loadedAt = coalesce(a.loadedAt, datetime())
RETURN a.id AS id
