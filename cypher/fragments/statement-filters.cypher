// A statement filter's names, each resolved once through the :Name index to its entities (speakers, targets,
// outlets, listeners), and `sources`: [filter, statements it holds] for each name filter given (relationship
// degrees are stored counts, so they cost nothing).
OPTIONAL MATCH (:Name {key: $speaker})-[:NAMES]->(speaker:Entity)
WITH collect(speaker) AS speakers
OPTIONAL MATCH (:Name {key: $about})-[:NAMES]->(target:Entity)
WITH speakers, collect(target) AS targets
OPTIONAL MATCH (:Name {key: $reportedBy})-[:NAMES]->(outlet:Entity)
WITH speakers, targets, collect(outlet) AS outlets
OPTIONAL MATCH (:Name {key: $audience})-[:NAMES]->(listener:Entity)
WITH speakers, targets, outlets, collect(listener) AS listeners
WITH speakers, targets, outlets, listeners,
  [source IN [
     ['speaker', CASE WHEN $speaker IS NULL THEN null ELSE reduce(n = 0, e IN speakers | n + COUNT { (e)-[:SAID]->() }) END],
     ['about', CASE WHEN $about IS NULL THEN null ELSE reduce(n = 0, e IN targets | n + COUNT { (e)<-[:ABOUT]-() }) END],
     ['reportedBy', CASE WHEN $reportedBy IS NULL THEN null ELSE reduce(n = 0, e IN outlets | n + COUNT { (e)<-[:REPORTED_BY]-() }) END],
     ['audience', CASE WHEN $audience IS NULL THEN null ELSE reduce(n = 0, e IN listeners | n + COUNT { (e)<-[:ADDRESSED_TO]-() }) END]
   ] WHERE source[1] IS NOT NULL] AS sources
