package io.redpipe.pipelines;

import io.redpipe.connections.ReadFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue of a root pipeline, shared with the pipelines nested in it: the commands and
 * callbacks the root sends and runs on execute.
 *
 * <p>A nested pipeline whose parent is the innermost open one appends straight to this queue
 * ("direct" mode, no copy on execute); it owns the segment from where it started to the end.
 * The direct pipelines are always one chain from {@link #top} to the root. Before anything
 * else is queued on a pipeline of that chain, the pipelines above it are demoted: their
 * segments move into lists of their own, exactly as if they had queued there from the start.
 * So the order of commands and callbacks, and discarding on close, are those of one queue
 * per pipeline.
 */
final class RootQueue {
  private ChunkedList<QueuedCommand<?>> commands;
  private ArrayList<Runnable> callbacks;
  /** The innermost direct pipeline. */
  QueueingPipeline top;
  /** Where the root's read-only batches go (see {@link Pipeline#readFrom(ReadFrom)}). */
  ReadPolicy readPolicy = ReadPolicy.CONNECTIONS;

  int commandCount() {
    return commands == null ? 0 : commands.size();
  }

  int callbackCount() {
    return callbacks == null ? 0 : callbacks.size();
  }

  /** Demotes the direct pipelines above {@code pipeline}, which must be direct. */
  void yieldTo(QueueingPipeline pipeline) {
    while (top != pipeline) {
      top.demote();
      top = top.parentPipeline();
    }
  }

  void add(QueuedCommand<?> command) {
    if (commands == null) {
      commands = new ChunkedList<>();
    }
    commands.add(command);
  }

  void addCallback(Runnable callback) {
    if (callbacks == null) {
      callbacks = new ArrayList<>(4);
    }
    callbacks.add(callback);
  }

  void addAll(List<QueuedCommand<?>> moreCommands, List<Runnable> moreCallbacks) {
    if (moreCommands != null && !moreCommands.isEmpty()) {
      if (commands == null) {
        commands = new ChunkedList<>();
      }
      commands.addAll(moreCommands);
    }
    if (moreCallbacks != null && !moreCallbacks.isEmpty()) {
      if (callbacks == null) {
        callbacks = new ArrayList<>(moreCallbacks.size());
      }
      callbacks.addAll(moreCallbacks);
    }
  }

  /** Removes and returns the commands from {@code start} on, or {@code null} when none. */
  ArrayList<QueuedCommand<?>> cutCommands(int start) {
    return cut(commands, start);
  }

  /** Removes and returns the callbacks from {@code start} on, or {@code null} when none. */
  ArrayList<Runnable> cutCallbacks(int start) {
    return cut(callbacks, start);
  }

  /**
   * Removes the commands and callbacks from the given starts on; returns the removed commands,
   * or {@code null} when none.
   */
  List<QueuedCommand<?>> truncate(int commandStart, int callbackStart) {
    List<QueuedCommand<?>> removed = null;
    if (commands != null && commands.size() > commandStart) {
      List<QueuedCommand<?>> tail = commands.subList(commandStart, commands.size());
      removed = new ArrayList<>(tail);
      tail.clear();
    }
    if (callbacks != null && callbacks.size() > callbackStart) {
      callbacks.subList(callbackStart, callbacks.size()).clear();
    }
    return removed;
  }

  /** Takes every command, leaving the queue empty; {@code null} when none. */
  List<QueuedCommand<?>> takeCommands() {
    List<QueuedCommand<?>> taken = commands;
    commands = null;
    return taken;
  }

  /** Takes every callback, leaving none; {@code null} when none. */
  ArrayList<Runnable> takeCallbacks() {
    ArrayList<Runnable> taken = callbacks;
    callbacks = null;
    return taken;
  }

  private static <E> ArrayList<E> cut(List<E> list, int start) {
    if (list == null || list.size() <= start) {
      return null;
    }
    List<E> tail = list.subList(start, list.size());
    ArrayList<E> copy = new ArrayList<>(tail);
    tail.clear();
    return copy;
  }
}
