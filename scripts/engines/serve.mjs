// Serves the production build (dist/) with `vite preview` for the Firefox and WebKit smoke suites,
// in a process group of its own so that stopping it stops every process it started.
import { spawn } from 'node:child_process';

export async function serveBuild(port) {
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes(String(port)) && resolve());
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return {
    origin: `http://localhost:${port}`,
    stop: () => stopGroup(server),
  };
}

/** Stops a detached child and everything it started (vite's child, Xvfb under xvfb-run). */
export function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
