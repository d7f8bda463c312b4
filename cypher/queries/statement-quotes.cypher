// The Quote each statement repeats, for a page of statements.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:QUOTES]->(q:Quote)
RETURN id, q { .id, .text } AS quote
