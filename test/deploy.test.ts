/**
 * The shipped deployment, run: nginx with deploy/nginx/grassroots.conf (a
 * self-signed certificate) in front of the real server, as
 * deploy/grassroots.service starts it (one trusted proxy hop). A sign-in
 * through nginx gets a Secure cookie and HSTS, plain HTTP is sent to HTTPS,
 * and the app logs the client's own address, whatever X-Forwarded-For the
 * client made up. The systemd units are checked by systemd-analyze.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, root, startServer, type ServerProcess } from './process.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';

/** A program's path: on the PATH, or in /usr/sbin (nginx, outside root's PATH). */
const which = (command: string) =>
  [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/sbin', '/sbin']
    .map((d) => join(d, command))
    .find((p) => existsSync(p));
const has = (command: string) => which(command) !== undefined;
const missing = ['nginx', 'openssl'].filter((c) => !has(c));
const NGINX = which('nginx') ?? 'nginx';
if (missing.length > 0) {
  // CI installs both (.ci/run); a machine without them cannot run this test
  console.warn(`test/deploy.test.ts skipped: ${missing.join(' and ')} not installed (apt-get install nginx openssl)`);
}

/** Replaces each `from` of the shipped file, which must occur exactly `times` times: a changed file fails here, not silently. */
function substitute(text: string, changes: [from: string, to: string, times: number][]): string {
  for (const [from, to, times] of changes) {
    const found = text.split(from).length - 1;
    if (found !== times)
      throw new Error(`deploy/nginx/grassroots.conf: "${from}" occurs ${found} times, expected ${times}`);
    text = text.split(from).join(to);
  }
  return text;
}

/** A client address other than nginx's own (127.0.0.1), so that the log tells the two apart. */
const CLIENT = '127.0.0.2';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {},
): Promise<Answer> {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      { method: opts.method ?? 'GET', headers: opts.headers, ca: opts.ca, localAddress: CLIENT, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${log()}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(missing.length > 0)('nginx with TLS in front of the server (deploy/nginx/grassroots.conf)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-deploy-'));
  const [cert, key] = [join(dir, 'fullchain.pem'), join(dir, 'privkey.pem')];
  let app: ServerProcess;
  let appLog = '';
  let nginx: ChildProcess;
  let nginxOut = '';
  let scratch: ScratchDatabase | undefined;
  let admin: { username: string; password: string };
  let httpPort: number;
  let httpsPort: number;
  let conf: string;
  const nginxLog = () =>
    `${nginxOut}\n${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;

  beforeAll(async () => {
    // a certificate for 127.0.0.1, signed by itself; the client trusts exactly it
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=grassroots test',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);

    // The app with the settings of grassroots.service (on loopback, one proxy hop trusted), its port
    // and data folder our own, request logs on. On PostgreSQL when there is one, as a deployment
    // would be; else an empty embedded database.
    const unitEnv = Object.fromEntries(
      readFileSync(join(root, 'deploy/grassroots.service'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('Environment='))
        .map((l) => /^Environment=(\w+)=(\S*)$/.exec(l)!.slice(1, 3)),
    );
    expect(unitEnv).toMatchObject({ HOST: '127.0.0.1', GRASSROOTS_TRUST_PROXY: '1' });
    const db: Record<string, string> = process.env.TEST_DATABASE_URL
      ? {
          DATABASE_URL: (scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL, 'grassroots_deploy')).url,
        }
      : { DATABASE_URL: '', GRASSROOTS_DEMO: '0' };
    app = await startServer({ ...unitEnv, ...db, GRASSROOTS_DATA: join(dir, 'data'), LOG_LEVEL: 'info' });
    app.child.stdout!.on('data', (d) => (appLog += d));
    // the first start of an empty database prints the first administrator (docs/operations.md: "First administrator")
    const first = /first administrator: (\S+)\n.*one-time password: (\S+)\n/.exec(app.stderr());
    if (!first) throw new Error(`no first administrator on stderr: ${app.stderr()}`);
    admin = { username: first[1], password: first[2] };

    // The shipped site with only these changed: the certificate's paths, the two listening
    // ports and the app's port (and, on a machine without IPv6, its [::] listen lines).
    [httpPort, httpsPort] = [await freePort(), await freePort()];
    const appPort = new URL(app.url).port;
    const shipped = readFileSync(join(root, 'deploy/nginx/grassroots.conf'), 'utf8');
    let site = substitute(shipped, [
      ['/etc/ssl/grassroots/fullchain.pem', cert, 1],
      ['/etc/ssl/grassroots/privkey.pem', key, 1],
      ['listen 80;', `listen ${httpPort};`, 1],
      ['listen [::]:80;', `listen [::]:${httpPort};`, 1],
      ['listen 443 ssl http2;', `listen ${httpsPort} ssl http2;`, 1],
      ['listen [::]:443 ssl http2;', `listen [::]:${httpsPort} ssl http2;`, 1],
      ['server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`, 1],
    ]);
    const ipv6 = Object.values(networkInterfaces())
      .flat()
      .some((i) => i?.family === 'IPv6');
    if (!ipv6) site = site.replace(/^\s*listen \[::\].*\n/gm, '');
    writeFileSync(join(dir, 'grassroots.conf'), site);

    // The wrapper stands for Debian's /etc/nginx/nginx.conf: every path in the temporary folder.
    // As root (CI), the workers run as www-data as on a server; the folder must let them through.
    const asRoot = process.getuid?.() === 0;
    const worker = asRoot
      ? spawnSync('id', ['-u', 'www-data']).status === 0
        ? 'www-data'
        : userInfo().username
      : null;
    if (asRoot) chmodSync(dir, 0o711);
    conf = join(dir, 'nginx.conf');
    writeFileSync(
      conf,
      [
        worker ? `user ${worker};` : '# not root: the workers run as the current user',
        'worker_processes 1;',
        'daemon off;',
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${join(dir, 'error.log')} info;`,
        'events { worker_connections 64; }',
        'http {',
        `  access_log ${join(dir, 'access.log')};`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (t) => `  ${t}_temp_path ${join(dir, `${t}_temp`)};`,
        ),
        `  include ${join(dir, 'grassroots.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGQUIT');
      await exited;
    }
    await app?.stop();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes nginx -t', () => {
    const t = spawnSync(NGINX, ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { encoding: 'utf8' });
    expect(t.stderr).toContain('syntax is ok');
    expect(t.stderr).toContain('test is successful');
    expect(t.status).toBe(0);
  });

  it('signs in over HTTPS with a Secure cookie and HSTS; plain HTTP is sent to HTTPS; the log has the real client address', async () => {
    nginx = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout!.on('data', (d) => (nginxOut += d));
    nginx.stderr!.on('data', (d) => (nginxOut += d));
    await listening(httpsPort, nginx, nginxLog);
    await listening(httpPort, nginx, nginxLog);
    const ca = readFileSync(cert, 'utf8');
    const base = `https://127.0.0.1:${httpsPort}`;

    // plain HTTP: a permanent redirect to the same path over HTTPS
    const plain = await request(`http://127.0.0.1:${httpPort}/admin/?x=1`);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://127.0.0.1/admin/?x=1');

    // sign in through nginx, with a made-up chain of addresses
    const login = await request(`${base}/api/auth/login`, {
      method: 'POST',
      ca,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'http' },
      body: JSON.stringify(admin),
    });
    expect(login.status, login.body).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^grassroots_session=[^;]+;/);
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(login.headers['strict-transport-security']).toBe('max-age=63072000');
    const session = cookie.split(';')[0];

    // the session works through the proxy
    const me = await request(`${base}/api/auth/me`, {
      ca,
      headers: { cookie: session, 'x-forwarded-for': '6.6.6.6, 7.7.7.7' },
    });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body).username).toBe(admin.username);
    // exactly one HSTS header, nginx's, on every answer (the app's own is hidden)
    expect(me.headers['strict-transport-security']).toBe('max-age=63072000');
    // /metrics is not served from outside
    expect((await request(`${base}/metrics`, { ca })).status).toBe(404);

    // the app logged the client's address as nginx saw it, never the made-up ones
    await expect.poll(() => appLog).toContain('"url":"/api/auth/me"');
    const incoming = appLog
      .split('\n')
      .filter((l) => l.includes('"incoming request"'))
      .map((l) => JSON.parse(l) as { req: { url: string; remoteAddress: string } });
    const of = (url: string) => incoming.filter((l) => l.req.url === url).map((l) => l.req.remoteAddress);
    expect(of('/api/auth/login')).toEqual([CLIENT]);
    expect(of('/api/auth/me')).toEqual([CLIENT]);
    expect(appLog).not.toMatch(/6\.6\.6\.6|7\.7\.7\.7/);
    // nginx's access log agrees
    expect(readFileSync(join(dir, 'access.log'), 'utf8')).toContain(`${CLIENT} - - [`);
  });
});

describe.skipIf(!has('systemd-analyze'))('the systemd units (deploy/*.service, deploy/*.timer)', () => {
  const unit = (name: string) => readFileSync(join(root, 'deploy', name), 'utf8');
  const settings = (text: string) => text.split('\n').filter((l) => /^[A-Z]\w*=/.test(l));

  it('pass systemd-analyze verify', () => {
    const files = ['grassroots.service', 'grassroots-backup.service', 'grassroots-backup.timer'].map((f) =>
      join(root, 'deploy', f),
    );
    const r = spawnSync('systemd-analyze', ['verify', ...files], { encoding: 'utf8' });
    // the units name /usr/bin/node, which a machine with node elsewhere does not have
    const problems = r.stderr
      .split('\n')
      .filter((l) => l && !(l.includes('/usr/bin/node') && !existsSync('/usr/bin/node')));
    expect(problems).toEqual([]);
    expect(r.status === 0 || !existsSync('/usr/bin/node')).toBe(true);
  });

  // `--offline` came with systemd 250
  const version = Number(
    /systemd (\d+)/.exec(spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? 0,
  );
  it.skipIf(version < 250)('are hardened: systemd-analyze security rates their exposure 2.0 or lower (of 10)', () => {
    for (const name of ['grassroots.service', 'grassroots-backup.service']) {
      const r = spawnSync(
        'systemd-analyze',
        ['security', '--offline=yes', '--threshold=20', '--no-pager', join(root, 'deploy', name)],
        { encoding: 'utf8' },
      );
      expect(
        r.status,
        `${name}: ${r.stdout
          .split('\n')
          .filter((l) => l.includes('Overall'))
          .join('')}`,
      ).toBe(0);
    }
  });

  it('run the built program as their own user, on a read-only system with a private /tmp, and restart on failure', () => {
    for (const name of ['grassroots.service', 'grassroots-backup.service']) {
      const s = settings(unit(name));
      for (const line of [
        'User=grassroots',
        'NoNewPrivileges=yes',
        'ProtectSystem=strict',
        'ProtectHome=yes',
        'PrivateTmp=yes',
        'EnvironmentFile=/etc/grassroots/env',
        'UMask=0077',
      ]) {
        expect(s, `${name}: ${line}`).toContain(line);
      }
      // the program they start is the build of src/ (npm run build: dist/ mirrors the project)
      const exec = /^ExecStart=\/usr\/bin\/node \/opt\/grassroots\/dist\/(\S+)\.js/m.exec(unit(name));
      expect(exec, name).not.toBeNull();
      expect(existsSync(join(root, `${exec![1]}.ts`)), exec![1]).toBe(true);
      // no secret in a unit: a database address with a password belongs in /etc/grassroots/env
      expect(unit(name)).not.toMatch(/postgres(ql)?:\/\/[^\s@/]*:[^\s@/]*@/);
    }
    const server = settings(unit('grassroots.service'));
    for (const line of ['Restart=on-failure', 'KillSignal=SIGTERM', 'HOST=127.0.0.1', 'GRASSROOTS_TRUST_PROXY=1']) {
      expect(
        server.some((l) => l === line || l === `Environment=${line}`),
        line,
      ).toBe(true);
    }
    expect(server.some((l) => l.startsWith('TimeoutStopSec='))).toBe(true);
    const timer = settings(unit('grassroots-backup.timer'));
    expect(timer).toContain('Persistent=true');
    expect(timer.some((l) => l.startsWith('OnCalendar='))).toBe(true);
    expect(timer.some((l) => l.startsWith('RandomizedDelaySec='))).toBe(true);
    expect(unit('grassroots-backup.service')).toMatch(
      /^ExecStart=.* db backup --dir \/var\/backups\/grassroots --keep \d+$/m,
    );
  });
});
