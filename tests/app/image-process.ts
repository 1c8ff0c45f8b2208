/**
 * The image's entry command run as a process, verbatim, from the image's working directory laid
 * out by `layOutImage`: the image's ENV, then the settings a host gives (the port and host to
 * listen on are the test's). `node` is whichever the PATH names.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { Image } from './container.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

/** A port nobody listens on. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface Run {
  port: number;
  /** stdout and stderr so far */
  output: () => { stdout: string; stderr: string };
  /** the exit code (null: killed), once it exits */
  exited: Promise<number | null>;
}

export async function runImage(image: Image, settings: Record<string, string>, argv: string[] = image.cmd): Promise<Run> {
  const port = await freePort();
  const [command = 'node', ...args] = argv;
  const child = spawn(command, args, { cwd: image.workdir, env: { PATH: process.env.PATH ?? '', ...image.env, HOST: '127.0.0.1', PORT: String(port), ...settings }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { port, output: () => ({ stdout, stderr }), exited };
}

/** Runs the entry command until it exits, or `ms` pass (then it is stopped and `code` is undefined). */
export async function runToExit(image: Image, settings: Record<string, string>, ms: number): Promise<{ code: number | null | undefined; elapsed: number; stdout: string; stderr: string }> {
  const started = Date.now();
  const run = await runImage(image, settings);
  const code = await Promise.race([run.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
  return { code, elapsed: Date.now() - started, ...run.output() };
}

export async function get(port: number, route: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${port}${route}`);
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : text };
}

/** Waits until /healthz answers 200; fails with the process's output when it exits or 10 s pass. */
export async function healthy(run: Run): Promise<void> {
  let gone = false;
  void run.exited.then(() => (gone = true));
  const until = Date.now() + 10_000;
  while (!gone && Date.now() < until) {
    try {
      if ((await get(run.port, '/healthz')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { stdout, stderr } = run.output();
  throw new Error(`the App did not become healthy:\n${stdout}\n${stderr}`);
}

/** POSTs a delivery as GitHub does, signed with `secret`. */
export async function deliver(port: number, event: string, body: unknown, secret: string): Promise<number> {
  const text = JSON.stringify(body);
  const res = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': `delivery-${Date.now()}`,
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`,
    },
    body: text,
  });
  await res.text();
  return res.status;
}
