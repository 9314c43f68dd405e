/**
 * The server bench's floor: a bare Hono route answering fixed JSON, on the same hono and
 * @hono/node-server as the reference server, started the same way (`node --import tsx`, port 0,
 * 127.0.0.1). Any method and path answers; nothing is parsed, checked or stored. Whatever the
 * reference server costs beyond this is Upcart's.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const ANSWER = { id: 'floor', ok: true };

const app = new Hono();
app.all('*', (c) => c.json(ANSWER));

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`Upcart bench floor on http://127.0.0.1:${info.port}/api`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
