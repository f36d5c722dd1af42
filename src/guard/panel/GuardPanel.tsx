import { DecisionPanel } from './DecisionPanel';
import { NoticePanel } from './NoticePanel';
import { UndoToast } from './UndoToast';
import { ProgressToast } from './ProgressToast';
import type { PanelProps, PanelResult } from './types';

export type GuardPanelProps = PanelProps & { readonly onResult: (result: PanelResult) => void };

/** Root of the in-page UI: one of the decision panel, a stop notice, the undo toast or the reading progress. */
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
  }
}
