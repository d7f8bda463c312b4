UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH id, e, m ORDER BY m.count DESC, e.name
WITH id, collect(e) AS matching
RETURN id, size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .kind, .aliases, .commenter }] AS page
