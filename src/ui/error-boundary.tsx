/**
 * Contain a crash to one panel: a short message and "reset this panel"; the rest of the app keeps working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.warn(`Panel "${this.props.name}" failed:`, error.message);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="notice error panel-error" role="alert">
          <p>
            <strong>{this.props.name}</strong> could not be drawn ({this.state.error.message}). The rest of
            Yardstick still works.
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Reset this panel
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
