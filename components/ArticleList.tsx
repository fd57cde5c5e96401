import type { Article } from '../core/types';
import { ArticleRow } from './ArticleRow';

interface Props {
  articles: Article[];
  now: Date;
  /** The article under the pointer or keyboard focus (null: none), to outline its block on the page. */
  onHover?: (id: string | null) => void;
  /** The article the reader picked, to scroll its block into view. */
  onPick?: (id: string) => void;
}

export function ArticleList({ articles, now, onHover, onPick }: Props) {
  return (
    <ol class="article-list" aria-label="Articles on this page" onMouseLeave={() => onHover?.(null)}>
      {articles.map((a) => (
        <ArticleRow key={a.id} article={a} now={now} onHover={onHover} onPick={onPick} />
      ))}
    </ol>
  );
}
