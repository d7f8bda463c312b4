// totalCount of a narrowed statements page, run only when a client asks for it.
// @include statement-matches
RETURN count(s) AS total
