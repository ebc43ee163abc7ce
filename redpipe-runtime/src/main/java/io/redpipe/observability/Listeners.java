package io.redpipe.observability;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of one context, and the one place that calls them: an exception a listener
 * throws is logged the first time and ignored. Part of the execution core; applications use
 * {@code RedPipeContext.addListener}.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger("io.redpipe.observability");

  private final List<ExecuteListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<ExecuteListener> reported = ConcurrentHashMap.newKeySet();

  /** Creates an empty set of listeners. */
  public Listeners() {}

  /**
   * Adds a listener (once; adding it again does nothing).
   *
   * @param listener the listener
   */
  public void add(ExecuteListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (!listeners.contains(listener)) {
      listeners.add(listener);
    }
  }

  /**
   * Removes a listener; nothing happens when it was not added.
   *
   * @param listener the listener
   */
  public void remove(ExecuteListener listener) {
    listeners.remove(listener);
  }

  /**
   * Whether there is no listener: then executes record nothing.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return listeners.isEmpty();
  }

  /**
   * The listeners, in registration order.
   *
   * @return an unmodifiable snapshot
   */
  public List<ExecuteListener> all() {
    return List.copyOf(listeners);
  }

  /**
   * Tells every listener an execute starts.
   *
   * @param context the context's name
   * @param commands how many commands it sends
   * @return the listeners and what each returned, for {@link #ended}
   */
  public Started started(String context, int commands) {
    List<ExecuteListener> now = all();
    Object[] states = new Object[now.size()];
    for (int i = 0; i < states.length; i++) {
      try {
        states[i] = now.get(i).executeStarted(context, commands);
      } catch (RuntimeException e) {
        report(now.get(i), e);
      }
    }
    return new Started(now, states);
  }

  /**
   * Tells the listeners that saw the start that the execute ended.
   *
   * @param started what {@link #started} returned
   * @param event what the execute did
   */
  public void ended(Started started, ExecuteEvent event) {
    for (int i = 0; i < started.listeners.size(); i++) {
      try {
        started.listeners.get(i).executeEnded(event, started.states[i]);
      } catch (RuntimeException e) {
        report(started.listeners.get(i), e);
      }
    }
  }

  private void report(ExecuteListener listener, RuntimeException e) {
    if (reported.add(listener)) {
      LOG.log(Level.WARNING, "RedPipe execute listener " + listener + " threw; RedPipe ignores"
          + " this and its later exceptions, and the executes go on", e);
    }
  }

  /** The listeners of one execute and their states. */
  public static final class Started {
    private final List<ExecuteListener> listeners;
    private final Object[] states;

    Started(List<ExecuteListener> listeners, Object[] states) {
      this.listeners = listeners;
      this.states = states;
    }
  }
}
