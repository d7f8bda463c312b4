// Pages of statements said by each entity of a batch.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id,
// @include entity-said-page
