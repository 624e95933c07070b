import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'info' | 'warn' | 'error';
  testId?: string;
  children: ComponentChildren;
}

/** A plain sentence in a box: "no archived copy", "could not read: …". */
export function Notice({ tone, testId, children }: Props) {
  return (
    <p class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </p>
  );
}
