// Links each quoted statement to its Quote, statement by statement in load order (each CALL sees what earlier
// ones wrote): the same words in another article (case, quote marks and spacing aside) are the same Quote,
// and a quote sharing a run of five words with a known one (a partial quote, a longer version) joins it.
UNWIND $quotes AS q
CALL (q) {
  MATCH (s:Statement {id: q.statement})
  OPTIONAL MATCH (exact:Quote {key: q.key})
  OPTIONAL CALL (q, exact) {
    WITH q WHERE exact IS NULL
    UNWIND q.shingles AS shingle
    MATCH (:Shingle {key: shingle})<-[:HAS_SHINGLE]-(candidate:Quote)
    WITH candidate, count(*) AS shared ORDER BY shared DESC, candidate.id LIMIT 1
    RETURN candidate
  }
  WITH s, q, coalesce(exact, candidate) AS found
  CALL (q, found) {
    WITH q, found WHERE found IS NULL
    MERGE (created:Quote {key: q.key})
    ON CREATE SET created.id = q.id, created.text = q.text, created.name = q.text, created.words = 0
    RETURN created AS quote
    UNION
    WITH found WHERE found IS NOT NULL
    RETURN found AS quote
  }
  MERGE (s)-[:QUOTES]->(quote)
  // the wording with the most words is the quote's text (the full quote over a partial one); ties keep the first
  WITH s, q, quote, size(split(q.key, ' ')) AS words
  SET quote.text = CASE WHEN words > coalesce(quote.words, 0) THEN q.text ELSE quote.text END,
      quote.words = CASE WHEN words > coalesce(quote.words, 0) THEN words ELSE quote.words END
  SET quote.name = quote.text
  FOREACH (shingle IN q.shingles |
    MERGE (run:Shingle {key: shingle})
    ON CREATE SET run.id = 'shingle:' || shingle, run.name = shingle
    MERGE (quote)-[:HAS_SHINGLE]->(run))
  RETURN count(*) AS linked
}
RETURN sum(linked) AS linked
