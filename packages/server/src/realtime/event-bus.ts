import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';

export type EventHandler = (payload: unknown) => void;

/**
 * Publishes domain events to every instance. In-process by default; with REDIS_URL the
 * events go through a Redis channel so that instances behind a load balancer share them.
 */
export interface EventBus {
  publish(channel: string, payload: unknown): Promise<void>;
  subscribe(channel: string, handler: EventHandler): () => void;
  close(): Promise<void>;
}

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, payload: unknown): Promise<void> {
    this.emitter.emit(channel, payload);
  }

  subscribe(channel: string, handler: EventHandler): () => void {
    this.emitter.on(channel, handler);
    return () => this.emitter.off(channel, handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL_PREFIX = 'cur:';

export class RedisEventBus implements EventBus {
  private readonly local = new InProcessEventBus();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channels = new Set<string>();

  constructor(url: string, private readonly logger: Logger) {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error) => this.logger.warn({ err: error }, 'Redis connection error'));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      try {
        void this.local.publish(channel.slice(CHANNEL_PREFIX.length), JSON.parse(message));
      } catch (error) {
        this.logger.error({ err: error, channel }, 'dropped an unreadable Redis event');
      }
    });
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.publisher.publish(CHANNEL_PREFIX + channel, JSON.stringify(payload));
  }

  subscribe(channel: string, handler: EventHandler): () => void {
    if (!this.channels.has(channel)) {
      this.channels.add(channel);
      void this.subscriber.subscribe(CHANNEL_PREFIX + channel);
    }
    return this.local.subscribe(channel, handler);
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

export function createEventBus(redisUrl: string | undefined, logger: Logger): EventBus {
  if (!redisUrl) {
    return new InProcessEventBus();
  }
  logger.info('sharing subscription events through Redis');
  return new RedisEventBus(redisUrl, logger);
}

/** Turns the events of one channel into an async iterator that stops listening when the consumer returns. */
export function eventIterator(bus: EventBus, channel: string): AsyncIterableIterator<unknown> {
  const queue: unknown[] = [];
  let waiting: ((result: IteratorResult<unknown>) => void) | undefined;
  let done = false;
  const unsubscribe = bus.subscribe(channel, (payload) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: payload, done: false });
    } else {
      queue.push(payload);
    }
  });
  const finish = (): Promise<IteratorResult<unknown>> => {
    done = true;
    unsubscribe();
    waiting?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (queue.length > 0) {
        return Promise.resolve({ value: queue.shift(), done: false });
      }
      if (done) {
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Wraps the bus in the shape type-graphql expects for topic-based subscriptions. */
export function toTypeGraphqlPubSub(bus: EventBus) {
  return {
    publish: (routingKey: string, payload: unknown) => void bus.publish(routingKey, payload),
    subscribe: (routingKey: string) => eventIterator(bus, routingKey),
  };
}
