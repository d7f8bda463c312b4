// After `neo4j-admin database import full` of a `newsgraph export --csv` folder (marked by its ImportPending
// node; a no-op otherwise): the importer leaves empty lists out, where a Cypher load stores [].
MATCH (:ImportPending) MATCH (e:Entity) WHERE e.aliases IS NULL SET e.aliases = [];
MATCH (:ImportPending) MATCH (e:Entity) WHERE e.roleTitles IS NULL SET e.roleTitles = [];
MATCH (:ImportPending) MATCH ()-[about:ABOUT]->() WHERE about.cues IS NULL SET about.cues = [];
MATCH (:ImportPending) MATCH ()-[mentions:MENTIONS]->() WHERE mentions.starts IS NULL SET mentions.starts = [], mentions.ends = [];
MATCH (pending:ImportPending) DELETE pending;
