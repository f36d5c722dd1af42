/**
 * Shadow-root CSS of the panel. WXT prepends `:host{all:initial}`, so nothing of the page's CSS reaches
 * in except custom properties and `rem`: sizes are in px, and every variable is (re)defined on the shadow
 * `html` element so a page defining `--pf-bg` can't restyle us.
 */
export const PANEL_CSS = /* css */ `
html {
  --pf-bg: #ffffff;
  --pf-fg: #1f2328;
  --pf-muted: #57606a;
  --pf-border: #d0d7de;
  --pf-surface: #f6f8fa;
  --pf-primary: #0b5cad;
  --pf-primary-fg: #ffffff;
  --pf-focus: #0969da;
  --pf-info: #0969da;
  --pf-warn: #9a6700;
  --pf-danger: #cf222e;
  --pf-sev-low: #57606a;
  --pf-sev-medium: #9a6700;
  --pf-sev-high: #bc4c00;
  --pf-sev-critical: #cf222e;
  z-index: 2147483647;
  /* The layer covers the viewport: only the backdrop and the toast take the pointer. */
  pointer-events: none;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  html {
    --pf-bg: #1c2128;
    --pf-fg: #e6edf3;
    --pf-muted: #9da7b3;
    --pf-border: #444c56;
    --pf-surface: #22272e;
    --pf-primary: #4493f8;
    --pf-primary-fg: #0d1117;
    --pf-focus: #58a6ff;
    --pf-info: #58a6ff;
    --pf-warn: #d29922;
    --pf-danger: #f85149;
    --pf-sev-low: #9da7b3;
    --pf-sev-medium: #d29922;
    --pf-sev-high: #f0883e;
    --pf-sev-critical: #f85149;
  }
}
body {
  margin: 0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--pf-fg);
  -webkit-font-smoothing: antialiased;
}
*, *::before, *::after { box-sizing: border-box; }
.pf-backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  padding: 16px; background: rgba(13, 17, 23, 0.45); pointer-events: auto;
}
.pf-dialog {
  width: 100%; max-width: 520px; max-height: calc(100vh - 32px); overflow: auto;
  background: var(--pf-bg); color: var(--pf-fg); border: 1px solid var(--pf-border);
  border-top: 4px solid var(--pf-accent, var(--pf-warn)); border-radius: 12px;
  box-shadow: 0 16px 48px rgba(0, 0, 0, 0.28); padding: 20px 22px 18px;
  animation: pf-in 120ms ease-out;
}
.pf-tone-info { --pf-accent: var(--pf-info); }
.pf-tone-warn { --pf-accent: var(--pf-warn); }
.pf-tone-danger { --pf-accent: var(--pf-danger); }
@keyframes pf-in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .pf-dialog, .pf-toast { animation: none; } }
.pf-header { margin-bottom: 6px; }
.pf-brand { display: block; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--pf-muted); }
.pf-title { margin: 2px 0 0; font-size: 18px; line-height: 1.3; font-weight: 650; }
.pf-desc { margin: 0 0 14px; color: var(--pf-fg); }
.pf-admin {
  margin: 0 0 10px; padding: 10px 12px; border-radius: 8px; background: var(--pf-surface);
  border-left: 3px solid var(--pf-danger); white-space: pre-wrap; overflow-wrap: anywhere;
}
.pf-support { margin: 0 0 12px; }
.pf-support a { color: var(--pf-primary); font-weight: 600; }
.pf-list { list-style: none; margin: 0 0 14px; padding: 0; border: 1px solid var(--pf-border); border-radius: 8px; max-height: 240px; overflow: auto; }
.pf-row { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; padding: 10px 12px; border-left: 3px solid var(--pf-sev); }
/*
 * Rows scrolled out of the list's 240 px are not laid out until they scroll in (they stay in the DOM,
 * focusable and read by assistive technology): laying out all 50 rows of a pasted table took 10–20 ms
 * in Chromium here, the few visible ones 2–4 ms.
 */
.pf-row { content-visibility: auto; contain-intrinsic-size: auto 64px; }
.pf-row + .pf-row { border-top: 1px solid var(--pf-border); }
.pf-row-main { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 8px; min-width: 0; }
.pf-row-main, .pf-reason { grid-column: 1; }
.pf-row .pf-btn--link { grid-column: 2; grid-row: 1 / span 2; align-self: center; }
.pf-row--allowed .pf-row-main, .pf-row--allowed .pf-reason { opacity: 0.6; }
.pf-row--allowed .pf-preview-chip { text-decoration: line-through; }
.pf-sev-low { --pf-sev: var(--pf-sev-low); }
.pf-sev-medium { --pf-sev: var(--pf-sev-medium); }
.pf-sev-high { --pf-sev: var(--pf-sev-high); }
.pf-sev-critical { --pf-sev: var(--pf-sev-critical); }
.pf-type { font-weight: 600; }
.pf-preview-chip {
  font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 1px 6px;
  border-radius: 4px; background: var(--pf-surface); border: 1px solid var(--pf-border); overflow-wrap: anywhere;
}
.pf-sev-badge { font-size: 11.5px; font-weight: 600; color: var(--pf-sev); }
.pf-reason { margin: 0; font-size: 12.5px; color: var(--pf-muted); overflow-wrap: anywhere; }
.pf-file { grid-column: 1; margin: 0 0 2px; font-weight: 600; font-size: 13px; overflow-wrap: anywhere; }
.pf-where { font-size: 12.5px; color: var(--pf-muted); }
.pf-unread { margin: 0 0 14px; padding: 0; list-style: none; font-size: 13px; }
.pf-unread li { margin: 2px 0; overflow-wrap: anywhere; }
.pf-more { margin: -8px 0 14px; font-size: 12.5px; color: var(--pf-muted); }
.pf-label { display: block; font-weight: 600; margin: 0 0 6px; }
.pf-redacted { margin: 0 0 14px; }
.pf-redacted-text {
  margin: 0; max-height: 180px; overflow: auto; padding: 10px 12px; border-radius: 8px;
  background: var(--pf-surface); border: 1px solid var(--pf-border); white-space: pre-wrap; overflow-wrap: anywhere;
  font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--pf-fg);
}
.pf-justify { margin: 0 0 14px; }
.pf-textarea {
  display: block; width: 100%; min-height: 64px; resize: vertical; padding: 8px 10px; border-radius: 8px;
  border: 1px solid var(--pf-border); background: var(--pf-bg); color: var(--pf-fg); font: inherit;
}
.pf-hint { margin: 6px 0 0; font-size: 12.5px; color: var(--pf-muted); }
.pf-hint--ok { color: var(--pf-info); }
.pf-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
.pf-btn {
  font: inherit; font-weight: 600; border-radius: 8px; padding: 7px 14px; cursor: pointer;
  border: 1px solid var(--pf-border); background: var(--pf-bg); color: var(--pf-fg);
}
.pf-btn:hover:not(:disabled) { background: var(--pf-surface); }
.pf-btn:disabled { cursor: not-allowed; opacity: 0.5; }
.pf-btn:focus-visible, .pf-textarea:focus-visible, .pf-redacted-text:focus-visible, .pf-support a:focus-visible {
  outline: 2px solid var(--pf-focus); outline-offset: 2px;
}
.pf-btn--primary { background: var(--pf-primary); border-color: var(--pf-primary); color: var(--pf-primary-fg); }
.pf-btn--primary:hover:not(:disabled) { background: var(--pf-primary); filter: brightness(1.08); }
.pf-btn--quiet { border-color: transparent; color: var(--pf-muted); }
.pf-btn--link { border: none; background: none; padding: 4px 6px; font-size: 12.5px; color: var(--pf-primary); }
.pf-btn--link[aria-pressed="true"] { color: var(--pf-muted); text-decoration: line-through; }
.pf-btn--small { padding: 4px 10px; font-size: 13px; }
.pf-btn--icon { border: none; background: none; padding: 2px 8px; font-size: 18px; line-height: 1; color: var(--pf-muted); }
.pf-toast {
  position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: calc(100vw - 32px);
  display: flex; align-items: center; gap: 10px; padding: 10px 12px 10px 16px; border-radius: 10px;
  background: var(--pf-bg); color: var(--pf-fg); border: 1px solid var(--pf-border);
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); pointer-events: auto; animation: pf-toast-in 120ms ease-out;
}
.pf-progress { flex-wrap: wrap; }
.pf-progress-bar { flex: 1 1 100%; width: 100%; height: 6px; accent-color: var(--pf-accent, #2563eb); }
@keyframes pf-toast-in { from { opacity: 0; transform: translate(-50%, 6px); } to { opacity: 1; transform: translate(-50%, 0); } }
`;
