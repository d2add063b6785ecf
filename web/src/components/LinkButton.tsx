import { Button } from 'antd';
import type { ReactNode } from 'react';

/** Text that opens something on the page (a dialog, a drawer): a button that looks like a link, reached by the keyboard, and wraps. */
export function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button
      type="link"
      onClick={onClick}
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
    >
      {children}
    </Button>
  );
}
