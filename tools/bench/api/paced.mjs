// A load at a truly fixed rate: requests evenly spaced in time. autocannon's `overallRate` gives
// each connection a quota per second and sends it at once when the second starts (its client resets
// `reqsMadeThisSecond` on a one-second interval), so "300 requests/s" there is a burst of 300
// requests each second. Latency here is measured from the moment each request was due, not from
// when it left: a server that falls behind cannot hide its queue (no coordinated omission).
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * @param {{ url: string, rate: number, seconds: number, connections: number,
 *   next: () => { headers: Record<string, string>, body: string } }} options
 * @returns {Promise<{ latencies: number[], errors: number, seconds: number }>}
 */
export async function paced({ url, rate, seconds, connections, next }) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * seconds);
  const spacing = 1000 / rate;
  const latencies = [];
  let errors = 0;
  const inFlight = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + i * spacing;
    const wait = due - performance.now();
    if (wait > 0.5) await sleep(wait);
    const { headers, body } = next();
    inFlight.push(
      new Promise((resolve) => {
        const req = request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) errors++;
              latencies.push(performance.now() - due);
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, errors, seconds: (performance.now() - start) / 1000 };
}
