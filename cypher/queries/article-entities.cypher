UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH id, e, m ORDER BY m.count DESC, e.name
WITH id, collect(e { .id, .name, .kind, .aliases, .commenter }) AS matching
RETURN id, size(matching) AS total, matching[$offset..($offset + $limit)] AS page
