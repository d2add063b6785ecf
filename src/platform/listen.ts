/**
 * PostgreSQL's LISTEN on a connection of its own, kept open: a lost
 * connection is opened again (after 1 s, then up to 30 s apart), and the
 * handler is called once it is back, since notifications sent meanwhile were
 * missed. The channel is a constant of the program, never user input.
 */
import pg from 'pg';

export interface Listening {
  close(): Promise<void>;
}

export async function listenTo(url: string, channel: string, onNotify: (payload: string) => void): Promise<Listening> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let delay = 1000;
  const connect = async (again: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => {
      if (m.channel === channel) onNotify(m.payload ?? '');
    });
    c.on('error', () => {});
    c.on('end', () => {
      if (closed || client !== c) return;
      client = null;
      schedule();
    });
    await c.connect();
    await c.query(`listen ${channel}`);
    client = c;
    delay = 1000;
    if (again) onNotify('');
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      connect(true).catch(() => {
        delay = Math.min(delay * 2, 30_000);
        if (!closed) schedule();
      });
    }, delay);
    retry.unref();
  };
  await connect(false);
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
