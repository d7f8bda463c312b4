// entity(name) with the first page of what it said, when the query selects `said` without a cursor: one
// round trip instead of a lookup and then the page.
// @include entity-by-name
RETURN e { .id, .name, .kind, .aliases, .commenter } AS entity,
// @include entity-said-page
