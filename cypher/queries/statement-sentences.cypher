// The sentences around statements, only for queries that select Statement.sentence (page rows leave it out:
// it is the longest field, and most clients never ask for it).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s.id AS id, s.sentence AS sentence
