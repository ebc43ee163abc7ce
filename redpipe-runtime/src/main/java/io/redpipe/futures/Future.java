package io.redpipe.futures;

import io.redpipe.InvalidOperation;
import io.redpipe.ResultNotReady;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The result of a command (or of a keyspace or struct call) that is known once the root pipeline
 * executed. One type serves raw commands, keyspaces, structs and user code.
 *
 * <p>A future is set once. {@link #map} gives a derived future that is filled right after this
 * one, in the thread that fills this one. Reading a future before it is set throws
 * {@link ResultNotReady}.
 *
 * @param <T> the type of the value; the value itself may be {@code null} (e.g. a missing key)
 */
public final class Future<T> {
  /**
   * The dependents to run when set: {@code null} (none, the common case), one {@link Runnable},
   * or a {@code List<Runnable>} once there are several. Guarded by {@code this}.
   */
  private Object dependents;
  /** The value, or {@link #PENDING} until it is set (one field instead of a flag and a value). */
  private volatile Object value = PENDING;
  private CompletableFuture<T> stage;

  private static final Object PENDING = new Object();

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

  /**
   * Returns the value.
   *
   * @return the value, which may be {@code null}
   * @throws ResultNotReady when the pipeline that fills this future has not executed yet
   */
  @SuppressWarnings("unchecked")
  public T get() {
    Object current = value;
    if (current == PENDING) {
      throw new ResultNotReady("the result is not ready: execute the root pipeline first"
          + " (pipe.execute(), or RedPipe.autoexec with no parent), or check isReady()");
    }
    return (T) current;
  }

  /**
   * Returns whether the value is set.
   *
   * @return whether the value is set
   */
  public boolean isReady() {
    return value != PENDING;
  }

  /**
   * Sets the value, then fills the futures derived with {@link #map} in the order they were
   * made. When a map function throws, its derived future stays unset, the other derived futures
   * are still filled, and the first such exception propagates from here.
   *
   * @param value the value, which may be {@code null}
   * @throws InvalidOperation when the future was already set
   */
  public void set(T value) {
    Object toRun;
    CompletableFuture<T> toComplete;
    synchronized (this) {
      if (this.value != PENDING) {
        throw new InvalidOperation("this future is already set to " + describe(this.value)
            + "; a future is set once: create a new one with Future.create()");
      }
      this.value = value;
      toRun = dependents;
      dependents = null;
      toComplete = stage;
    }
    if (toComplete != null) {
      toComplete.complete(value);
    }
    if (toRun instanceof Runnable) {
      ((Runnable) toRun).run();
    } else if (toRun != null) {
      @SuppressWarnings("unchecked")
      List<Runnable> all = (List<Runnable>) toRun;
      runAll(all);
    }
  }

  /**
   * Runs every dependent even when one throws: a throwing map function leaves only its own
   * derived future (and those derived from it) unset. The first exception is rethrown after all
   * ran, with the later ones suppressed.
   */
  private static void runAll(List<Runnable> all) {
    RuntimeException first = null;
    for (Runnable dependent : all) {
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
   * Returns a future holding {@code fn} applied to this future's value, filled right after this
   * one (at once when this one is already set).
   *
   * @param <R> the type of the derived value
   * @param fn turns this future's value into the derived one
   * @return the derived future
   */
  public <R> Future<R> map(Function<? super T, ? extends R> fn) {
    Objects.requireNonNull(fn, "fn");
    Mapped<T, R> derived = new Mapped<>(this, fn);
    synchronized (this) {
      if (value == PENDING) {
        addDependent(derived);
        return derived.result;
      }
    }
    derived.run();
    return derived.result;
  }

  private void addDependent(Runnable dependent) {
    if (dependents == null) {
      dependents = dependent;
    } else if (dependents instanceof Runnable) {
      List<Runnable> all = new ArrayList<>(4);
      all.add((Runnable) dependents);
      all.add(dependent);
      dependents = all;
    } else {
      @SuppressWarnings("unchecked")
      List<Runnable> all = (List<Runnable>) dependents;
      all.add(dependent);
    }
  }

  /** Fills {@code result} with {@code fn} applied to the source's value. */
  private static final class Mapped<T, R> implements Runnable {
    private final Future<T> source;
    private final Function<? super T, ? extends R> fn;
    final Future<R> result = new Future<>();

    Mapped(Future<T> source, Function<? super T, ? extends R> fn) {
      this.source = source;
      this.fn = fn;
    }

    @Override
    public void run() {
      result.set(fn.apply(source.get()));
    }
  }

  /**
   * Returns a stage completed with the value when this future is set.
   *
   * @return a stage completed with the value when this future is set
   */
  public CompletionStage<T> toCompletionStage() {
    synchronized (this) {
      if (stage == null) {
        stage = new CompletableFuture<>();
        if (value != PENDING) {
          stage.complete(get());
        }
      }
      return stage.minimalCompletionStage();
    }
  }

  /** Returns {@code "Future[<value>]"}, or {@code "Future[pending]"} before the value is set. */
  @Override
  public String toString() {
    Object current = value;
    return current != PENDING ? "Future[" + describe(current) + "]" : "Future[pending]";
  }

  private static String describe(Object value) {
    if (value instanceof byte[]) {
      return "b\"" + new String((byte[]) value, StandardCharsets.UTF_8) + "\"";
    }
    return String.valueOf(value);
  }
}
