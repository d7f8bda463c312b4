import type { GraphStore } from './store.ts';

export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

export async function countArticles(store: GraphStore): Promise<number> {
  const [row] = await store.read('article-count');
  return Number(row?.total ?? 0);
}

export async function articlePage(store: GraphStore, offset: number, limit: number): Promise<ArticleRecord[]> {
  const rows = await store.read('article-page', { offset, limit });
  return rows.map((row) => row.article as ArticleRecord);
}
