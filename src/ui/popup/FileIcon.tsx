/** Inline document icon (no image request, follows the text colour). */
export function FileIcon() {
  return (
    <svg class="file-icon" viewBox="0 0 12 16" width="10" height="13" aria-hidden="true">
      <path d="M1 1h6l4 4v10H1z M7 1v4h4" fill="none" stroke="currentColor" stroke-width="1.2" />
    </svg>
  );
}
