import { useMemo, useState } from 'preact/hooks';
import { scan } from '@/src/engine/scan';

/** Until the popup issue lands: a box that runs the on-device engine on pasted text. */
export function TryItApp() {
  const [text, setText] = useState('');
  const findings = useMemo(() => scan(text), [text]);
  return (
    <main style={{ width: '360px', font: '13px system-ui' }}>
      <h1 style={{ fontSize: '15px' }}>PromptFence</h1>
      <p>Paste text to see what would be flagged. Nothing leaves this device.</p>
      <textarea
        aria-label="Text to scan"
        rows={6}
        style={{ width: '100%' }}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <ul aria-live="polite">
        {findings.map((f) => (
          <li key={`${f.start}-${f.detector}`}>
            <strong>{f.type}</strong> {f.preview} <small>{f.reason}</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
