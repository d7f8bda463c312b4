// A narrowed page of statements in article order (speaker, about, reportedBy, audience, article or dates) from
// the matches' candidates. A page narrowed by none of these is statement-page-all's; date orders are
// statement-page-by-date's; name filters are read by statement-page-walk first.
// @include statement-matches
// @include statement-top
RETURN
// @include statement-row
AS statement
