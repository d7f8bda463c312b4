MATCH (n {id: $id})
WHERE n:Article OR n:Entity OR n:Statement OR n:Event
RETURN labels(n) AS labels, n {.*} AS node
LIMIT 1
