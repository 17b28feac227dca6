import { Component, type ReactNode } from 'react';

interface State {
  error?: Error;
}

/** A view that fails to load or render shows what happened instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page card empty" role="alert">
        <h1>This view could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p>Your data is safe: nothing was changed.</p>
        <button type="button" className="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
