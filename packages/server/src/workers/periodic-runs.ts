/**
 * Runs one background task on an interval and on demand, never two runs at once. A call during a
 * run waits for it and then runs again, so that the caller sees what was committed before the call;
 * an interval tick during a run is skipped. Tasks report their own failures and do not throw.
 */
export class PeriodicRuns<Result> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<Result> | undefined;
  /** Set by `stop()`; a task checks it to end early. */
  stopped = false;

  constructor(
    private readonly task: () => Promise<Result>,
    private readonly intervalMs: number,
  ) {}

  /** Starts the interval, and a first run at once when `immediately` is set. */
  start(immediately: boolean): void {
    this.timer = setInterval(() => {
      if (!this.running) {
        void this.runOnce();
      }
    }, this.intervalMs);
    this.timer.unref();
    if (immediately) {
      void this.runOnce();
    }
  }

  /** Stops the interval and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs `task` (the periodic one by default) after the run in progress, if any. */
  runOnce(task: () => Promise<Result> = this.task): Promise<Result> {
    const previous = this.running;
    const run = previous ? previous.then(task) : task();
    this.running = run;
    void run.finally(() => {
      if (this.running === run) {
        this.running = undefined;
      }
    });
    return run;
  }
}
