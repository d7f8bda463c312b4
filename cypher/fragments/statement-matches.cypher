// The statements a narrowed filter matches, one row `s` each with its article's date `published` (looked up
// only when dates filter or order). Name filters match a normalized name, alias or surname; each name is
// resolved to its entities once through the :Name index. Shared by statement-page, statement-page-by-date
// and statement-count-narrowed.
// @include statement-filters
// @include statement-candidates
