/**
 * Shadow-root CSS of the highlight overlay. The whole layer has `pointer-events: none`: it sits over the
 * site's editor, and every click, selection and caret move must reach the editor untouched.
 */
export const OVERLAY_CSS = /* css */ `
html {
  /* Just under the panel (2147483647), so an open panel covers the highlights. */
  z-index: 2147483646;
  pointer-events: none;
  --pf-hl-low: 9, 105, 218;
  --pf-hl-medium: 191, 135, 0;
  --pf-hl-high: 219, 109, 40;
  --pf-hl-critical: 207, 34, 46;
}
html, body, .pf-hl-layer, .pf-hl { pointer-events: none !important; }
body { margin: 0; }
.pf-hl-layer { position: fixed; inset: 0; overflow: hidden; }
.pf-hl {
  position: fixed; border-radius: 3px;
  background: rgba(var(--pf-hl), 0.16);
  box-shadow: inset 0 -2px 0 rgba(var(--pf-hl), 0.9);
}
.pf-hl-low { --pf-hl: var(--pf-hl-low); }
.pf-hl-medium { --pf-hl: var(--pf-hl-medium); }
.pf-hl-high { --pf-hl: var(--pf-hl-high); }
.pf-hl-critical { --pf-hl: var(--pf-hl-critical); }
/* Visually hidden, still read by screen readers. */
.pf-hl-status {
  position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
`;
