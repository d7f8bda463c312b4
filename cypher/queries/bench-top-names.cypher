// bench:compare asks about whoever the corpus quotes most, and the target they talk about most: no names
// are built into the benchmark.
MATCH (speaker:Entity)
WITH speaker ORDER BY COUNT { (speaker)-[:SAID]->() } DESC, speaker.id LIMIT 1
MATCH (speaker)-[:SAID]->(:Statement)-[:ABOUT]->(target:Entity)
WITH speaker, target, count(*) AS times ORDER BY times DESC, target.id LIMIT 1
RETURN speaker.name AS speaker, target.name AS target
