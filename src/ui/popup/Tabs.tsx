import type { ComponentChildren } from 'preact';

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface Props<K extends string> {
  readonly tabs: readonly TabSpec<K>[];
  readonly current: K;
  readonly onSelect: (key: K) => void;
  readonly children: ComponentChildren;
}

/**
 * WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop, arrow keys, Home and
 * End move between tabs and select them; only the current panel is rendered.
 */
export function Tabs<K extends string>({ tabs, current, onSelect, children }: Props<K>) {
  const move = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.key === current);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${tab.key}`)?.focus();
  };
  return (
    <>
      <div role="tablist" class="tabs" onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            data-testid={`tab-${tab.key}`}
            aria-selected={tab.key === current}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === current ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
