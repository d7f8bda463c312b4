// totalCount of all statements, asked for only when a client selects it: Neo4j's count store answers it
// without reading a statement.
MATCH (s:Statement)
RETURN count(s) AS total
