// The entity a name or alias stands for.
// @include entity-by-name
RETURN e { .id, .name, .kind, .aliases, .commenter } AS entity
