import { Component, type ReactNode } from 'react';
import type { Lang } from '../i18n';
import { FailureMessage } from './components';
import { failureSentence } from './pane-failure';
import { errorDetail } from '../core/error-detail';

interface ErrorBoundaryProps {
  lang: Lang;
  children: ReactNode;
}

/** Shows a rendering error as the pane's one sentence, so that the pane never goes blank. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { detail?: string }> {
  override state: { detail?: string } = {};

  static getDerivedStateFromError(error: unknown): { detail: string } {
    return { detail: errorDetail(error) };
  }

  override render() {
    const { detail } = this.state;
    if (detail === undefined) return this.props.children;
    return <FailureMessage sentence={failureSentence({ kind: 'unexpected', detail }, this.props.lang)} />;
  }
}
