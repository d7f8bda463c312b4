// bench:compare empties its own Neo4j (never the user's or the tests') before loading its corpus.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
