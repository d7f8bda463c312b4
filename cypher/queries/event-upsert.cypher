UNWIND $events AS row
MATCH (a:Article {id: row.articleId})
MERGE (ev:Event {id: row.id})
SET ev.name = row.name, ev.kind = row.kind, ev.dateText = row.dateText,
    ev.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    ev.start = row.start, ev.end = row.end, ev.articleId = row.articleId
MERGE (a)-[:CONTAINS]->(ev)
FOREACH (id IN CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END |
  MERGE (place:Entity {id: id})
  MERGE (ev)-[:LOCATED_IN]->(place))
FOREACH (id IN row.participants |
  MERGE (participant:Entity {id: id})
  MERGE (participant)-[:PARTICIPATED_IN]->(ev))
