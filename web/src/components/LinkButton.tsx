import { Button } from 'antd';
import type { ReactNode } from 'react';

/**
 * A record's name that opens it on the page (a dialog, a drawer): a button
 * that looks like a link, reached by the keyboard, and wraps. The name is
 * data, never translated (translate="no").
 */
export function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button
      type="link"
      translate="no"
      onClick={onClick}
      style={{ padding: 0, border: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
    >
      {children}
    </Button>
  );
}
