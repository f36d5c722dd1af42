import { DecisionPanel } from './DecisionPanel';
import { NoticePanel } from './NoticePanel';
import { UndoToast } from './UndoToast';
import { ProgressToast } from './ProgressToast';
import { RememberedToast } from './RememberedToast';
import type { PanelProps, PanelResult } from './types';

export type GuardPanelProps = PanelProps & { readonly onResult: (result: PanelResult) => void };

/** Root of the in-page UI: the decision panel, a stop notice, the undo toast, the reading progress or the remembered-files note. */
export function GuardPanel(props: GuardPanelProps) {
  switch (props.kind) {
    case 'decision':
      return <DecisionPanel {...props} />;
    case 'notice':
      return <NoticePanel {...props} />;
    case 'redacted':
      return <UndoToast {...props} />;
    case 'progress':
      return <ProgressToast {...props} />;
    case 'remembered':
      return <RememberedToast {...props} />;
  }
}
