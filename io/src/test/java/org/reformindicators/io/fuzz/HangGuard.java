package org.reformindicators.io.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs each read on a worker thread so that an input on which a reader never finishes is reported as a failure
 * (with the stack of the stuck worker) instead of stopping the build. The limit, {@value #DEFAULT_SECONDS} s
 * unless {@code -Dfuzz.hangSeconds} says otherwise, is a safety net three orders of magnitude above the time of
 * any read of these inputs, not a performance assertion. A stuck worker cannot be stopped; it is abandoned
 * (a daemon thread) and a new one started, and the campaign ends after {@value #MAX_HANGS} of them.
 */
final class HangGuard implements AutoCloseable {

  /** Seconds after which a read counts as hung. */
  static final long DEFAULT_SECONDS = 10;

  /** Hangs after which a campaign stops, since each abandoned worker may keep a core busy. */
  static final int MAX_HANGS = 3;

  /** Thrown into an outcome for a read that did not finish. */
  static final class HangError extends Error {
    private static final long serialVersionUID = 1L;

    HangError(String message, StackTraceElement[] stuckAt) {
      super(message);
      setStackTrace(stuckAt);
    }
  }

  private final long seconds = Long.getLong("fuzz.hangSeconds", DEFAULT_SECONDS);
  private final AtomicReference<Thread> current = new AtomicReference<>();
  private ExecutorService worker = newWorker();
  private int hangs;

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "fuzz-reader");
      thread.setDaemon(true);
      current.set(thread);
      return thread;
    });
  }

  /**
   * Runs a read.
   *
   * @param read the read, which never throws
   * @return its outcome, or an unexpected {@link HangError} if it did not finish in time
   */
  Outcome run(Supplier<Outcome> read) {
    Future<Outcome> future = worker.submit(read::get);
    try {
      return future.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      Thread stuck = current.get();
      StackTraceElement[] at = stuck == null ? new StackTraceElement[0] : stuck.getStackTrace();
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      hangs++;
      return Outcome.unexpected(new HangError("did not finish within " + seconds + " s", at));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return Outcome.unexpected(e.getCause());
    }
  }

  /**
   * Tells whether so many reads hung that the campaign should stop.
   *
   * @return {@code true} after {@value #MAX_HANGS} hangs
   */
  boolean exhausted() {
    return hangs >= MAX_HANGS;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
