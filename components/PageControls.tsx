/** The popup's switches for this tab: badges on or off here, and Byline on or off for the whole site. */
export function PageControls(props: { hidden: boolean; site: string | null; onHidden: (hidden: boolean) => void; onSiteOff: () => void }) {
  return (
    <div class="controls">
      <label class="switch">
        <input type="checkbox" role="switch" checked={!props.hidden} onChange={(e) => props.onHidden(!(e.currentTarget as HTMLInputElement).checked)} data-testid="badges-switch" />
        <span>Badges on this page</span>
        <kbd title="Keyboard shortcut (change it in the browser's shortcut settings)">Alt+Shift+B</kbd>
      </label>
      {props.site && (
        <button type="button" class="link-button" onClick={props.onSiteOff} data-testid="site-off-button">
          Turn off on {props.site}
        </button>
      )}
    </div>
  );
}
