import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A proxy that forwards nothing and records every attempt to go through it. */
export interface RecordingProxy {
  /** `--proxy-server=…` for Chromium, with loopback sent through it too. */
  readonly args: string[];
  /** Every request seen: `GET http://host/path`, `CONNECT host:443`, or `connection` for a bare socket. */
  readonly seen: string[];
  close(): Promise<void>;
}

/**
 * Starts a recording proxy on 127.0.0.1. Chromium sends all of its traffic there, its workers' included (which
 * Playwright's request events miss), so a page that makes no request leaves `seen` empty. Every request is refused.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method ?? '?'} ${request.url ?? ''}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket: Socket) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // `<-loopback>` removes Chromium's implicit bypass of localhost, so even a loopback request is recorded.
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
