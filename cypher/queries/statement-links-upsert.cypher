// Replies and events link statements to nodes written earlier in the same transaction.
UNWIND $links AS row
MATCH (s:Statement {id: row.id})
CALL (s, row) {
  MATCH (answered:Statement {id: row.replyTo})
  MERGE (s)-[:REPLIES_TO]->(answered)
}
CALL (s, row) {
  MATCH (event:Event {id: row.event})
  MERGE (s)-[:MADE_AT]->(event)
}
