import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  envelopeTo: string[];
  mail: ParsedMail;
}

export interface TestSmtpServerOptions {
  /** Port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** Rejects every recipient with this SMTP reply, such as 451 or 550. */
  rejectRecipients?: { responseCode: number; message: string };
  /** Waits this long before accepting each message, so that concurrent senders overlap. */
  acceptDelayMs?: number;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  /** Every message accepted so far, parsed, in the order the server accepted them. */
  received: ReceivedEmail[];
  close(): Promise<void>;
}

/** Starts a real SMTP server on 127.0.0.1 without authentication or STARTTLS, for one test file. */
export async function startSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.rejectRecipients) {
        callback();
        return;
      }
      const error = Object.assign(new Error(options.rejectRecipients.message), {
        responseCode: options.rejectRecipients.responseCode,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (options.acceptDelayMs) {
            await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          }
          received.push({ envelopeTo: session.envelope.rcptTo.map((address) => address.address), mail });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = options.port ?? (await findFreePort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Returns a TCP port on 127.0.0.1 that was free a moment ago, for a server that is "down" at first. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
