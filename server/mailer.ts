/**
 * The outbox sender: mail the core wrote into the `outbox` table in an order's transaction is
 * delivered here, after the commit, through nodemailer to `SMTP_URL`. It never blocks or undoes
 * an order: a failed attempt is recorded and retried with exponential backoff (forever, at most
 * `maxBackoffMs` apart), so an SMTP outage delays mail but loses none.
 *
 * Each attempt first claims the row (`attempts` compared and advanced, `next_attempt_at` moved to
 * the retry time) so that several server processes on one database never send one message at
 * once; a process that dies mid-send leaves the row to be retried. Delivery is at least once.
 * Without `SMTP_URL` the outbox keeps every message and logs it once.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxMail } from '../core/mail.js';
import type { ServerStore } from './db/repository.js';

export interface MailerOptions {
  store: ServerStore;
  /** `smtp://user:pass@host:port` (or `smtps://`); none: keep and log. */
  smtpUrl?: string | undefined;
  /** The sender address; the vendor's name goes with it and its address is the Reply-To. */
  from?: string;
  /** How often the outbox is read (a write also wakes it). */
  pollMs?: number;
  /** The first retry's delay; each next one doubles, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (message: string) => void;
}

const BATCH = 20;

export class OutboxSender {
  private readonly store: ServerStore;
  private readonly transport: Transporter | undefined;
  private readonly from: string;
  private readonly pollMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly log: (message: string) => void;
  private readonly logged = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(options: MailerOptions) {
    this.store = options.store;
    this.from = options.from ?? 'billing@upcart.localhost';
    this.pollMs = options.pollMs ?? 5_000;
    this.backoffMs = options.backoffMs ?? 30_000;
    // A send gives up before its claim on the row runs out (the first claim lasts `backoffMs`), so
    // another process never sends the same message while this one is still sending it.
    const limit = Math.max(1_000, Math.floor(this.backoffMs / 3));
    this.transport = options.smtpUrl
      ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: limit, greetingTimeout: limit, socketTimeout: limit })
      : undefined;
    this.maxBackoffMs = options.maxBackoffMs ?? 3_600_000;
    this.log = options.log ?? ((message) => console.log(`[upcart mail] ${message}`));
  }

  start(): void {
    if (!this.transport) this.log('SMTP_URL is not set: mail stays in the outbox table (logged, not sent).');
    this.schedule(0);
  }

  /** Reads the outbox now (after a write that may have queued mail). */
  poke(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** The delay before retry number `attempts + 1`. */
  backoff(attempts: number): number {
    return Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempts, 20));
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.tick()
        .catch((error: unknown) => this.log(`reading the outbox failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = undefined;
          const now = this.again;
          this.again = false;
          this.schedule(now ? 0 : this.pollMs);
        });
    }, ms);
    this.timer.unref?.();
  }

  /** One pass: every message due now, oldest first. */
  async tick(): Promise<void> {
    const db = this.store.handle.db;
    const due = await db
      .selectFrom('outbox')
      .select(['id', 'attempts'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', Date.now())
      .orderBy('created_at')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    // Only the messages this pass handles are read in full: without SMTP the kept ones stay due
    // and every write wakes the sender, so reading them all again was most of a quote's database
    // time on the reference server (scripts/bench-server.ts).
    const wanted = this.transport ? due : due.filter((row) => !this.logged.has(row.id));
    const bodies = new Map<string, string>();
    if (wanted.length > 0) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'data'])
        .where(
          'id',
          'in',
          wanted.map((row) => row.id),
        )
        .execute();
      for (const row of rows) bodies.set(row.id, row.data);
    }
    for (const row of wanted) {
      if (this.stopped) return;
      const data = bodies.get(row.id);
      if (data === undefined) continue;
      const mail = JSON.parse(data) as OutboxMail;
      if (!this.transport) {
        this.log(`kept (no SMTP_URL): "${mail.subject}" to ${mail.to}`);
        this.logged.add(row.id);
        continue;
      }
      const attempts = Number(row.attempts);
      const claimed = await db
        .updateTable('outbox')
        .set({ attempts: attempts + 1, next_attempt_at: Date.now() + this.backoff(attempts) })
        .where('id', '=', row.id)
        .where('attempts', '=', attempts)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      if (claimed.numUpdatedRows !== 1n) continue;
      try {
        await this.transport.sendMail({
          from: { name: mail.fromName, address: this.from },
          replyTo: mail.replyTo,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { 'Content-Language': mail.language },
        });
        await db.updateTable('outbox').set({ sent_at: new Date().toISOString(), last_error: null }).where('id', '=', row.id).execute();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await db
          .updateTable('outbox')
          .set({ last_error: reason.slice(0, 500) })
          .where('id', '=', row.id)
          .execute();
        this.log(`sending "${mail.subject}" to ${mail.to} failed (attempt ${attempts + 1}, next in ${this.backoff(attempts)} ms): ${reason}`);
      }
    }
  }
}
