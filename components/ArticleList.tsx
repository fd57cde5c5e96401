import type { Article } from '../core/types';
import { ArticleRow } from './ArticleRow';

export function ArticleList({ articles, now }: { articles: Article[]; now: Date }) {
  return (
    <ol class="article-list" aria-label="Articles on this page">
      {articles.map((a) => (
        <ArticleRow key={a.id} article={a} now={now} />
      ))}
    </ol>
  );
}
