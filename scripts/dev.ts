/**
 * `npm run dev`: the server from its TypeScript sources, restarted when they
 * change (tsx watch, on PORT or 3000), and the web app with hot reload on
 * :5173 (Vite), which sends /api to that server. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build.js';

const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);
const children: ChildProcess[] = [
  spawn(
    process.execPath,
    [bin('tsx', 'dist/cli.mjs'), 'watch', '--clear-screen=false', 'src/main.ts', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  ),
  spawn(process.execPath, [bin('vite', 'bin/vite.js'), '--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  }),
];

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exitCode = code;
}
for (const c of children) c.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
