// Statements of one article or of a batch: each row names its article.
UNWIND $statements AS row
MATCH (a:Article {id: row.articleId})
MATCH (speaker:Entity {id: row.speaker})
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.kind = row.kind, s.start = row.start, s.end = row.end, s.name = row.name,
    s.sentence = row.sentence, s.articleId = row.articleId, s.position = row.position
MERGE (a)-[:CONTAINS]->(s)
MERGE (speaker)-[:SAID]->(s)
// each target with the statement's stance toward it and the words that decided it
FOREACH (link IN row.aboutLinks |
  MERGE (target:Entity {id: link.id})
  MERGE (s)-[about:ABOUT]->(target)
  SET about.stance = link.stance, about.cues = link.cues)
FOREACH (id IN row.audience |
  MERGE (listener:Entity {id: id})
  MERGE (s)-[:ADDRESSED_TO]->(listener))
FOREACH (id IN CASE WHEN row.reportedBy IS NULL THEN [] ELSE [row.reportedBy] END |
  MERGE (outlet:Entity {id: id})
  MERGE (s)-[:REPORTED_BY]->(outlet))
