/**
 * Serves the demo pages over HTTPS on 127.0.0.1. Chromium is started with --host-resolver-rules
 * that send the real site hosts (mail.google.com, *.lightning.force.com) here, so the production
 * build's content-script matches apply unchanged and no request ever reaches a live site.
 * The self-signed certificate is made once with openssl into .cache/demo-cert/.
 */
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, extname } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);

/** Which demo folder answers which host. */
export const DEMO_HOSTS = {
  'mail.google.com': 'gmail',
  'glocal-demo.lightning.force.com': 'salesforce',
  // Outside the content-script matches: the perf page here is the same-browser control (bench/content.ts).
  'perf-control.glocal.test': 'gmail',
};

export const DEMO_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  salesforce: 'https://glocal-demo.lightning.force.com/lightning/r/Contact/0035g00000DemoAAA/view',
  gmailClassic: 'https://mail.google.com/classic.html#inbox?compose=new',
  gmailInline: 'https://mail.google.com/inline.html#inbox/FMfcgzDemoThread',
  // Thirteen received threads in eleven languages for the reading lens; pick one with ?t=<key>.
  gmailThreads: 'https://mail.google.com/threads.html?t=en-GB#inbox/FMfcgzDemoLens',
  gmailPerf: 'https://mail.google.com/perf.html#inbox',
  gmailPerfControl: 'https://perf-control.glocal.test/perf.html#inbox',
};

function certificate() {
  const dir = join(root, '.cache', 'demo-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '825',
        '-subj', '/CN=glocal-demo', '-addext', `subjectAltName=${Object.keys(DEMO_HOSTS).map((h) => `DNS:${h}`).join(',')}`], { stdio: 'ignore' });
    } catch {
      throw new Error('openssl is needed to make the demo pages\' local certificate: apt-get install -y openssl');
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Start the server; resolves to { port, close() }. Extra routes map a path to a file under demo/. */
export function startDemoServer({ port = 0, routes = {} } = {}) {
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host || '').split(':')[0];
    const url = new URL(req.url || '/', 'https://x');
    let file;
    if (routes[url.pathname]) file = join(root, 'demo', routes[url.pathname]);
    else {
      const folder = DEMO_HOSTS[host];
      if (!folder) {
        res.writeHead(404).end('not a demo host');
        return;
      }
      const rel = normalize(url.pathname).replace(/^([/\\])+/, '');
      const candidate = join(root, 'demo', folder, rel);
      file = candidate.startsWith(join(root, 'demo', folder)) && existsSync(candidate) && statSync(candidate).isFile()
        ? candidate
        : join(root, 'demo', folder, 'index.html');
    }
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      ok({ port: typeof addr === 'object' && addr ? addr.port : port, close: () => new Promise((c) => server.close(() => c())) });
    });
  });
}
