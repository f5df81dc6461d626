import { wrap } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import type { EventBus } from '../../realtime/event-bus.js';
import { UserRole } from '../auth/auth.entities.js';
import { agencyScope, type CurrentUser } from '../auth/current-user.js';
import { Deadline, DeadlineKind, DeadlineStatus } from './deadline.entity.js';
import { toSnapshot, type DeadlineSnapshot } from './deadline.service.js';
import { elapsedShare } from './engine/index.js';

export const DEADLINE_CHANGED_CHANNEL = 'deadline.changed';

export enum CountdownState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OVERDUE = 'OVERDUE',
}

export enum CountdownFrameReason {
  TICK = 'TICK',
  CHANGE = 'CHANGE',
}

export interface CountdownFilterValues {
  agencyId?: string | null;
  kinds?: DeadlineKind[] | null;
  subjectType?: string | null;
  states?: CountdownState[] | null;
}

export interface CountdownEntry extends DeadlineSnapshot {
  remainingSeconds: number;
  state: CountdownState;
  elapsedShare: number;
}

export interface CountdownFrame {
  sentAt: Date;
  reason: CountdownFrameReason;
  changedDeadlineIds: string[];
  deadlines: CountdownEntry[];
}

/**
 * Subject types that the press service may watch: none, because it receives approved comments only,
 * after both clocks have stopped, and appeals carry personal data.
 */
const PRESS_SERVICE_SUBJECTS = new Set<string>();

interface Subscriber {
  user: CurrentUser;
  filter: CountdownFilterValues;
  push(frame: CountdownFrame): void;
}

/**
 * Keeps every open deadline in memory and sends each subscriber a frame on every tick and at once on
 * every change. A tick reads no database: the set changes only through events on the bus, which every
 * instance receives, so all instances show the same countdowns.
 */
export class CountdownService {
  private readonly open = new Map<string, DeadlineSnapshot>();
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribeBus: (() => void) | undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly intervalMs: number,
    private readonly atRiskShare: number,
    private readonly logger: Logger,
  ) {}

  async start(orm: MikroORM): Promise<void> {
    const em = orm.em.fork();
    const deadlines = await em.find(Deadline, { status: DeadlineStatus.OPEN }, { populate: ['agency'] });
    for (const deadline of deadlines) {
      this.open.set(deadline.id, toSnapshot(deadline));
    }
    this.unsubscribeBus = this.bus.subscribe(DEADLINE_CHANGED_CHANNEL, (payload) =>
      this.apply(payload as DeadlineSnapshot[]),
    );
    this.timer = setInterval(() => this.broadcast(CountdownFrameReason.TICK, []), this.intervalMs);
    this.timer.unref();
    this.logger.info({ openDeadlines: this.open.size, intervalMs: this.intervalMs }, 'countdown started');
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribeBus?.();
    this.subscribers.clear();
  }

  get openCount(): number {
    return this.open.size;
  }

  /** Sends changed deadlines to every instance; call after the transaction that changed them commits. */
  async publish(deadlines: Deadline[]): Promise<void> {
    if (deadlines.length === 0) {
      return;
    }
    // A step that changes a term without touching its agency holds the agency as a bare reference,
    // whose short name the frames would otherwise lose.
    await Promise.all(deadlines.map((deadline) => (deadline.agency && !wrap(deadline.agency).isInitialized() ? wrap(deadline.agency).init() : null)));
    await this.bus.publish(DEADLINE_CHANGED_CHANNEL, deadlines.map(toSnapshot));
  }

  subscribe(user: CurrentUser, filter: CountdownFilterValues): AsyncIterableIterator<CountdownFrame> {
    const queue: CountdownFrame[] = [];
    let waiting: ((result: IteratorResult<CountdownFrame>) => void) | undefined;
    let done = false;

    const subscriber: Subscriber = {
      user,
      filter,
      push: (frame) => {
        if (waiting) {
          const resolve = waiting;
          waiting = undefined;
          resolve({ value: frame, done: false });
          return;
        }
        // A slow client gets the latest tick rather than a growing backlog; change frames are kept.
        const last = queue.at(-1);
        if (last && last.reason === CountdownFrameReason.TICK && frame.reason === CountdownFrameReason.TICK) {
          queue[queue.length - 1] = frame;
        } else {
          queue.push(frame);
        }
      },
    };
    this.subscribers.add(subscriber);
    subscriber.push(this.frameFor(subscriber, CountdownFrameReason.TICK, [], new Date()));

    const finish = (): Promise<IteratorResult<CountdownFrame>> => {
      done = true;
      this.subscribers.delete(subscriber);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      return Promise.resolve({ value: undefined, done: true });
    };

    return {
      next: () => {
        if (done) {
          return Promise.resolve({ value: undefined, done: true });
        }
        const frame = queue.shift();
        if (frame) {
          return Promise.resolve({ value: frame, done: false });
        }
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: finish,
      throw: (error?: unknown) => {
        void finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private apply(snapshots: DeadlineSnapshot[]): void {
    for (const snapshot of snapshots) {
      if (snapshot.status === DeadlineStatus.OPEN) {
        this.open.set(snapshot.id, snapshot);
      } else {
        this.open.delete(snapshot.id);
      }
    }
    this.broadcast(CountdownFrameReason.CHANGE, snapshots);
  }

  private broadcast(reason: CountdownFrameReason, changed: DeadlineSnapshot[]): void {
    const now = new Date();
    for (const subscriber of this.subscribers) {
      subscriber.push(this.frameFor(subscriber, reason, changed, now));
    }
  }

  private frameFor(subscriber: Subscriber, reason: CountdownFrameReason, changed: DeadlineSnapshot[], now: Date): CountdownFrame {
    const entries: CountdownEntry[] = [];
    for (const snapshot of this.open.values()) {
      if (!isVisible(subscriber.user, snapshot) || !matchesFilter(subscriber.filter, snapshot)) {
        continue;
      }
      const entry = this.toEntry(snapshot, now);
      if (subscriber.filter.states?.length && !subscriber.filter.states.includes(entry.state)) {
        continue;
      }
      entries.push(entry);
    }
    entries.sort((left, right) => left.remainingSeconds - right.remainingSeconds);
    // Judged on the changed snapshots themselves, so that ended deadlines of other agencies stay hidden too.
    const visibleChanges = changed.filter((snapshot) => isVisible(subscriber.user, snapshot)).map((snapshot) => snapshot.id);
    return { sentAt: now, reason, changedDeadlineIds: visibleChanges, deadlines: entries };
  }

  private toEntry(snapshot: DeadlineSnapshot, now: Date): CountdownEntry {
    const dueAt = new Date(snapshot.dueAt);
    const remainingSeconds = Math.floor((dueAt.getTime() - now.getTime()) / 1000);
    const share = elapsedShare(new Date(snapshot.startedAt), dueAt, now);
    let state = CountdownState.ON_TRACK;
    if (remainingSeconds < 0) {
      state = CountdownState.OVERDUE;
    } else if (share >= this.atRiskShare) {
      state = CountdownState.AT_RISK;
    }
    return { ...snapshot, remainingSeconds, state, elapsedShare: share };
  }
}

function isVisible(user: CurrentUser, snapshot: DeadlineSnapshot): boolean {
  if (user.role === UserRole.PRESS_SERVICE) {
    return PRESS_SERVICE_SUBJECTS.has(snapshot.subjectType);
  }
  const scope = agencyScope(user);
  return scope === null || snapshot.agencyId === scope;
}

function matchesFilter(filter: CountdownFilterValues, snapshot: DeadlineSnapshot): boolean {
  if (filter.agencyId && snapshot.agencyId !== filter.agencyId) {
    return false;
  }
  if (filter.kinds?.length && !filter.kinds.includes(snapshot.kind)) {
    return false;
  }
  if (filter.subjectType && snapshot.subjectType !== filter.subjectType) {
    return false;
  }
  return true;
}
