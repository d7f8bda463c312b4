export const MAX_ARTICLE_BYTES = 1_000_000;
