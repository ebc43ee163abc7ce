package io.redpipe.observability;

/**
 * Observes the root executes of a context: register with {@code
 * RedPipeContext.builder().listener(...)} or {@code context.addListener(...)}. With no listener
 * an execute records nothing.
 *
 * <p>A listener is called by the thread that runs the execute and must not block. An exception
 * it throws never breaks an execute: it is logged once per listener (through
 * {@link System.Logger}, logger {@code io.redpipe.observability}) and ignored.
 */
public interface ExecuteListener {
  /**
   * Called when a root execute with commands starts, in the thread that called
   * {@code execute()} or {@code executeAsync()} (so a tracer can read its current context there).
   *
   * @param context the context's name
   * @param commands how many commands the root sends
   * @return anything the listener wants back in {@link #executeEnded}, e.g. a parent span;
   *     {@code null} by default
   */
  default Object executeStarted(String context, int commands) {
    return null;
  }

  /**
   * Called once the execute ended, after its futures were completed and before its callbacks
   * run, in the thread that ran it.
   *
   * @param event what the execute did
   * @param state what {@link #executeStarted} returned
   */
  void executeEnded(ExecuteEvent event, Object state);
}
