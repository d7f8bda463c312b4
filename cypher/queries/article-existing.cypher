// Which of these article ids are already in the graph: bulk ingestion skips them (resumable loads).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
