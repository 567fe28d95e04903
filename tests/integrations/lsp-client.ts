/**
 * A minimal Language Server Protocol client over a child process's stdio: JSON-RPC 2.0 messages framed by a
 * `Content-Length` header. Enough to drive a real server as an editor does: requests both ways and notifications.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, RequestHandler>();
  /** What the server wrote to stderr and logged through `window/logMessage`, for failure messages. */
  readonly log: string[] = [];

  constructor(command: string, args: readonly string[], cwd: string) {
    this.server = spawn(command, args, { cwd, stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => this.log.push(chunk.toString('utf8')));
    this.server.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`the server exited with code ${code}\n${this.log.join('\n')}`));
      this.pending.clear();
    });
    this.onRequest('window/workDoneProgress/create', () => null);
    this.onRequest('client/registerCapability', () => null);
  }

  /** Answers the server's requests of this method (`workspace/configuration`, `workspace/applyEdit`, …). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** `shutdown` then `exit`, as an editor closes a server; resolves when the process has ended. */
  async stop(): Promise<void> {
    if (this.server.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.server.once('exit', () => resolve()));
    await this.request('shutdown', null);
    this.notify('exit', null);
    await exited;
  }

  kill(): void {
    if (this.server.exitCode === null) this.server.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (length === null) throw new Error(`a message without Content-Length: ${this.buffer.toString('utf8')}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const waiting = this.pending.get(message.id as number);
      this.pending.delete(message.id as number);
      if (message.error === undefined) waiting?.resolve(message.result);
      else waiting?.reject(new Error(`${message.error.message}\n${this.log.join('\n')}`));
      return;
    }
    if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      this.log.push((message.params as { message: string }).message);
    }
    if (message.id === undefined) return; // another notification: nothing to answer
    const handler = this.handlers.get(message.method);
    if (handler === undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `unhandled method ${message.method}` } });
      return;
    }
    this.send({ jsonrpc: '2.0', id: message.id, result: handler(message.params) ?? null });
  }
}
