import type { PageSlice, Paging } from './reads.ts';
import type { GraphStore } from './store.ts';

export interface ArticleRecord {
  id: string;
  title: string;
  /** Absent when the article was reached through a statement or event: Article.text then fetches it. */
  text?: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

export async function articlePage(store: GraphStore, paging: Paging): Promise<PageSlice<ArticleRecord>> {
  const [row] = await store.read('article-page', { ...paging });
  return row as unknown as PageSlice<ArticleRecord>;
}
