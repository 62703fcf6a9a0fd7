import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '@plekwijzer/config';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';

/** The channel the users table's trigger notifies (migration 1765000000000). */
export const USER_CHANGED_CHANNEL = 'plekwijzer_user_changed';

/** Subjects kept at most; the oldest goes first. */
const MAX_ENTRIES = 10_000;

/**
 * The active user behind a token subject, kept for AUTH_USER_CACHE_MS so that a request does not
 * read the users table each time (issue 13: at most two statements per match request).
 *
 * Kept only while this process listens for changes: every change to a user row, made anywhere,
 * notifies USER_CHANGED_CHANNEL when it commits (a trigger), and the user is dropped at once — a
 * deactivated user is refused on their next request. Without the listening connection (PGlite,
 * AUTH_USER_CACHE_MS=0, or while it reconnects after a loss) nothing is kept and every request
 * reads the user. A lookup that started before a change is not kept (the generation moved on).
 */
@Injectable()
export class ActorCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActorCache.name);
  private readonly entries = new Map<string, { actor: Actor; expires: number }>();
  private client?: pg.Client;
  private listening = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  /** Moves on with every change heard (and every loss of the connection). */
  generation = 0;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle,
  ) {}

  private get enabled(): boolean {
    return (
      this.config.AUTH_USER_CACHE_MS > 0 && this.handle.kind === 'postgres' && !!this.config.DATABASE_URL
    );
  }

  get(subject: string): Actor | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(subject);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.entries.delete(subject);
      return undefined;
    }
    return entry.actor;
  }

  /** Keeps an actor read at `generation` (taken before the lookup), unless a change came since. */
  set(subject: string, actor: Actor, generation: number): void {
    if (!this.listening || generation !== this.generation) return;
    this.entries.delete(subject);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(subject, { actor, expires: Date.now() + this.config.AUTH_USER_CACHE_MS });
  }

  /** Drops every subject of this user. */
  drop(userId: string): void {
    this.generation++;
    for (const [subject, entry] of this.entries)
      if (entry.actor.userId === userId) this.entries.delete(subject);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'plekwijzer-listen',
      connectionTimeoutMillis: this.config.DB_CONNECT_TIMEOUT_MS,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === USER_CHANGED_CHANNEL && message.payload) this.drop(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (this.client === client && !this.stopped) this.listening = true;
    } catch {
      this.lost(client);
    }
  }

  /** Without the connection a change could go unheard: keep nothing until it is back. */
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    this.entries.clear();
    this.generation++;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(
      'Lost the connection that hears user changes; users are read on every request until it is back',
    );
    this.retry = setTimeout(() => void this.listen(), 5000);
    this.retry.unref();
  }
}
