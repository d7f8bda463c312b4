MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.name = $article.title,
    a.text = $article.text,
    a.url = $article.url,
    a.publisher = $article.publisher,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END
RETURN a.id AS id
