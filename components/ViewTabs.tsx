import { t } from '../utils/i18n';

export type View = 'page' | 'collection';

const VIEWS: Array<{ view: View; label: 'popupTabPage' | 'popupTabCollection' }> = [
  { view: 'page', label: 'popupTabPage' },
  { view: 'collection', label: 'popupTabCollection' },
];

/** The popup's two views, as tabs: arrow keys move between them (WAI-ARIA tabs pattern, selection follows focus). */
export function ViewTabs({ view, onView }: { view: View; onView: (view: View) => void }) {
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const step = e.key === 'ArrowRight' ? 1 : VIEWS.length - 1;
    const next = VIEWS[(VIEWS.findIndex((v) => v.view === view) + step) % VIEWS.length]!.view;
    onView(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('popupViews')} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: v, label }) => (
        <button
          type="button"
          role="tab"
          id={`tab-${v}`}
          key={v}
          aria-selected={v === view}
          aria-controls={`view-${v}`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onView(v)}
          data-testid={`tab-${v}`}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
