// The Quote for some words: the same wording, or else the quote sharing the most five-word runs with them.
OPTIONAL MATCH (exact:Quote {key: $key})
CALL (exact) {
  WITH exact WHERE exact IS NULL
  UNWIND $shingles AS shingle
  MATCH (:Shingle {key: shingle})<-[:HAS_SHINGLE]-(candidate:Quote)
  WITH candidate, count(*) AS shared ORDER BY shared DESC, candidate.id LIMIT 1
  RETURN candidate
  UNION
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS candidate
}
RETURN candidate { .id, .text } AS quote
LIMIT 1
