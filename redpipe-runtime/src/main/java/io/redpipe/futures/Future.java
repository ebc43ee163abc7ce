package io.redpipe.futures;

import io.redpipe.InvalidOperation;
import io.redpipe.ResultFailed;
import io.redpipe.ResultNotReady;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The result of a command (or of a keyspace or struct call) that is known once the root pipeline
 * executed. One type serves raw commands, keyspaces, structs and user code.
 *
 * <p>A future completes once: with a value ({@link #set}), or with a failure ({@link #fail})
 * when the execute that was to fill it failed. Until then it is pending and {@link #get()} throws
 * {@link ResultNotReady}; after a failure {@link #get()} throws {@link ResultFailed}, whose cause
 * is the failure (usually the {@link io.redpipe.PipelineFailed} the execute threw).
 * {@link #map} gives a derived future that completes right after this one, in the thread that
 * completes this one, with the function's result or with this future's failure.
 *
 * <p>The name is Python RedPipe's. This type does not implement
 * {@code java.util.concurrent.Future}: its {@link #get()} never blocks. Use
 * {@link #toCompletionStage()} to compose with {@code CompletableFuture} code.
 *
 * @param <T> the type of the value; the value itself may be {@code null} (e.g. a missing key)
 */
public final class Future<T> {
  /**
   * The dependents to run when completed: {@code null} (none, the common case), one
   * {@link Dependent}, or a {@code List<Dependent>} once there are several. Written under the
   * lock of {@code this}; read without it once the value is set (see {@link #completeIfPending}).
   */
  private volatile Object dependents;
  /**
   * {@code null} while pending, then the value ({@link #NIL} for {@code null}) or a
   * {@link Failure}: one field for the state and the value, which a new future need not write.
   */
  private volatile Object value;
  /** The stage {@link #toCompletionStage} gave; written under the lock of {@code this}. */
  private volatile CompletableFuture<T> stage;

  /** The value {@code null}, as stored. */
  private static final Object NIL = new Object();
  private static final VarHandle VALUE;

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(Future.class, "value", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Future() {}

  /**
   * Returns an empty future that user code fills with {@link #set}, e.g. from a callback.
   *
   * @param <T> the type of the value
   * @return a new, unset future
   */
  public static <T> Future<T> create() {
    return new Future<>();
  }

  /**
   * Returns a future that already holds {@code value}.
   *
   * @param <T> the type of the value
   * @param value the value the future holds
   * @return a future holding {@code value}
   */
  public static <T> Future<T> completed(T value) {
    Future<T> future = new Future<>();
    future.set(value);
    return future;
  }

  /** Returns a future that already failed with {@code cause}; see {@link #fail(Throwable)}. */
  public static <T> Future<T> failed(Throwable cause) {
    Future<T> future = new Future<>();
    future.fail(cause);
    return future;
  }

  /**
   * Returns a future of the values of {@code futures}, in their order, completed once all of
   * them are set; it fails as soon as one of them fails, the same way. Use it to combine the
   * results of several commands into one (it fails with them, which a future set from a callback
   * would not).
   *
   * @param futures the futures to wait for; an empty list gives a future of an empty list
   * @param <T> the type of the values
   * @return a future of an unmodifiable list of the values (which may hold {@code null}s)
   */
  public static <T> Future<List<T>> all(List<? extends Future<? extends T>> futures) {
    List<Future<? extends T>> sources = List.copyOf(Objects.requireNonNull(futures, "futures"));
    Future<List<T>> result = new Future<>();
    if (sources.isEmpty()) {
      result.set(List.of());
      return result;
    }
    AtomicInteger remaining = new AtomicInteger(sources.size());
    for (Future<? extends T> source : sources) {
      source.whenComplete(() -> {
        Object outcome = source.value;
        if (outcome instanceof Failure) {
          result.completeIfPending(outcome);
        } else if (remaining.decrementAndGet() == 0) {
          List<T> values = new ArrayList<>(sources.size());
          for (Future<? extends T> each : sources) {
            values.add(each.get());
          }
          result.completeIfPending(Collections.unmodifiableList(values));
        }
      });
    }
    return result;
  }

  /**
   * Returns the value.
   *
   * @return the value, possibly {@code null}
   * @throws ResultNotReady when the pipeline that fills this future has not executed yet
   * @throws ResultFailed when the execute that fills this future failed, or the future was
   *     failed by user code; its cause is the failure
   */
  @SuppressWarnings("unchecked")
  public T get() {
    Object current = value;
    if (current == null) {
      throw new ResultNotReady("the result is not ready: execute the root pipeline first"
          + " (pipe.execute(), or RedPipe.autoexec with no parent), or check isReady()");
    }
    if (current instanceof Failure) {
      Failure failure = (Failure) current;
      throw new ResultFailed(failure.message, failure.cause);
    }
    return (T) unwrap(current);
  }

  /**
   * Returns whether the value is set.
   *
   * @return true once {@link #set} completed this future; false while pending and after a
   *     failure
   */
  public boolean isReady() {
    Object current = value;
    return current != null && !(current instanceof Failure);
  }

  /**
   * Returns whether this future failed.
   *
   * @return true once the execute that fills this future failed (or {@link #fail} was called)
   */
  public boolean isFailed() {
    return value instanceof Failure;
  }

  /**
   * Returns whether this future completed, with a value or a failure.
   *
   * @return {@code isReady() || isFailed()}
   */
  public boolean isDone() {
    return value != null;
  }

  /**
   * Returns the failure of a failed future.
   *
   * @return the exception this future failed with (usually the execute's
   *     {@link io.redpipe.PipelineFailed}), or {@code null} when it did not fail
   */
  public Throwable failure() {
    Object current = value;
    return current instanceof Failure ? ((Failure) current).cause : null;
  }

  /**
   * Sets the value, then completes the futures derived with {@link #map} in the order they were
   * made. When a map function throws, its derived future fails with that exception, the other
   * derived futures still complete, and the first such exception propagates from here.
   *
   * @param value the value, possibly {@code null}
   * @throws InvalidOperation when the future was already set or failed
   */
  public void set(T value) {
    complete(value == null ? NIL : value);
  }

  /**
   * Fails this future with {@code cause}: {@link #get()} then throws a {@link ResultFailed} whose
   * cause is {@code cause}, {@link #toCompletionStage()} completes exceptionally, and the futures
   * derived with {@link #map} fail the same way.
   *
   * @param cause why there is no value
   * @throws InvalidOperation when the future was already set or failed
   */
  public void fail(Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    fail("the execute that fills this future failed: " + cause.getMessage(), cause);
  }

  /**
   * Like {@link #fail(Throwable)}, with the message the {@link ResultFailed} of {@link #get()}
   * carries.
   *
   * @param message what failed, e.g. naming the command of this future
   * @param cause why there is no value
   * @throws InvalidOperation when the future was already set or failed
   */
  public void fail(String message, Throwable cause) {
    complete(new Failure(Objects.requireNonNull(message, "message"),
        Objects.requireNonNull(cause, "cause")));
  }

  /** Completes with a value or a {@link Failure}, then runs the dependents. */
  private void complete(Object outcome) {
    if (!completeIfPending(outcome)) {
      Object current = value;
      throw new InvalidOperation("this future is already "
          + (current instanceof Failure ? "failed" : "set to " + describe(unwrap(current)))
          + "; a future completes once: create a new one with Future.create()");
    }
  }

  /** Completes unless complete; returns whether this call completed it. */
  private boolean completeIfPending(Object outcome) {
    // One compare-and-set, no lock: completing is what every command of an execute does. A
    // dependent or stage added meanwhile is seen here (they are written before their adder
    // checks the value again), or its adder sees the value and drains it itself.
    if (!VALUE.compareAndSet(this, null, outcome)) {
      return false;
    }
    if (stage != null) {
      completeStage(stage, outcome);
    }
    if (dependents != null) {
      drainDependents();
    }
    return true;
  }

  /** Takes the dependents (once: whoever takes them runs them) and runs them. */
  private void drainDependents() {
    Object toRun;
    synchronized (this) {
      toRun = dependents;
      dependents = null;
    }
    if (toRun instanceof Dependent) {
      ((Dependent) toRun).run();
    } else if (toRun != null) {
      @SuppressWarnings("unchecked")
      List<Dependent> all = (List<Dependent>) toRun;
      runAll(all);
    }
  }

  @SuppressWarnings("unchecked")
  private void completeStage(CompletableFuture<T> target, Object outcome) {
    if (outcome instanceof Failure) {
      Failure failure = (Failure) outcome;
      target.completeExceptionally(new ResultFailed(failure.message, failure.cause));
    } else {
      target.complete((T) unwrap(outcome));
    }
  }

  /**
   * Runs every dependent even when one throws: a throwing map function fails only its own
   * derived future (and those derived from it). The first exception is rethrown after all
   * ran, with the later ones suppressed.
   */
  private static void runAll(List<Dependent> all) {
    RuntimeException first = null;
    for (Dependent dependent : all) {
      try {
        dependent.run();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Returns a future holding {@code fn} applied to this future's value, completed right after
   * this one (at once when this one is already complete). When this future fails, the derived
   * one fails the same way and {@code fn} is not called; when {@code fn} throws, the derived
   * future fails with that exception.
   *
   * @param fn the function of the value; it may return {@code null}
   * @param <R> the type of the derived value
   * @return the derived future
   */
  public <R> Future<R> map(Function<? super T, ? extends R> fn) {
    Objects.requireNonNull(fn, "fn");
    Mapped<T, R> derived = new Mapped<>(this, fn);
    whenComplete(derived);
    return derived.result;
  }

  /** Runs {@code dependent} once this future is complete (at once when it is). */
  private void whenComplete(Dependent dependent) {
    boolean added = false;
    synchronized (this) {
      if (value == null) {
        addDependent(dependent);
        added = true;
      }
    }
    if (!added) {
      dependent.run();
    } else if (value != null) {
      drainDependents();  // completed meanwhile, maybe without seeing this dependent
    }
  }

  private void addDependent(Dependent dependent) {
    Object current = dependents;
    if (current == null) {
      dependents = dependent;
    } else if (current instanceof Dependent) {
      List<Dependent> all = new ArrayList<>(4);
      all.add((Dependent) current);
      all.add(dependent);
      dependents = all;
    } else {
      @SuppressWarnings("unchecked")
      List<Dependent> all = (List<Dependent>) current;
      all.add(dependent);
    }
  }

  private interface Dependent {
    void run();
  }

  /** A failed outcome: the message of {@link ResultFailed} and its cause. */
  private static final class Failure {
    final String message;
    final Throwable cause;

    Failure(String message, Throwable cause) {
      this.message = message;
      this.cause = cause;
    }
  }

  /** Completes {@code result} with {@code fn} applied to the source's value, or its failure. */
  private static final class Mapped<T, R> implements Dependent {
    private final Future<T> source;
    private final Function<? super T, ? extends R> fn;
    final Future<R> result = new Future<>();

    Mapped(Future<T> source, Function<? super T, ? extends R> fn) {
      this.source = source;
      this.fn = fn;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
      Object outcome = source.value;
      if (outcome instanceof Failure) {
        result.complete(outcome);
        return;
      }
      R mapped;
      try {
        mapped = fn.apply((T) unwrap(outcome));
      } catch (RuntimeException e) {
        result.complete(new Failure("the map function of this future threw " + e, e));
        throw e;
      }
      result.complete(mapped == null ? NIL : mapped);
    }
  }

  /**
   * Returns a stage completed with the value when this future is set, or exceptionally with a
   * {@link ResultFailed} (whose cause is the failure) when it fails.
   *
   * @return a stage that cannot be completed by its users
   */
  public CompletionStage<T> toCompletionStage() {
    CompletableFuture<T> created;
    synchronized (this) {
      if (stage != null) {
        return stage.minimalCompletionStage();
      }
      created = new CompletableFuture<>();
      stage = created;
    }
    Object current = value;  // read after the stage was published: see completeIfPending
    if (current != null) {
      completeStage(created, current);
    }
    return created.minimalCompletionStage();
  }

  @Override
  public String toString() {
    Object current = value;
    if (current == null) {
      return "Future[pending]";
    }
    if (current instanceof Failure) {
      return "Future[failed: " + ((Failure) current).message + "]";
    }
    return "Future[" + describe(unwrap(current)) + "]";
  }

  /** A stored value as the value it is ({@link #NIL} as {@code null}). */
  private static Object unwrap(Object stored) {
    return stored == NIL ? null : stored;
  }

  private static String describe(Object value) {
    if (value instanceof byte[]) {
      return "b\"" + new String((byte[]) value, StandardCharsets.UTF_8) + "\"";
    }
    return String.valueOf(value);
  }
}
