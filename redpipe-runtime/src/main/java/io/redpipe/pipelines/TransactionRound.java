package io.redpipe.pipelines;

import io.redpipe.scripts.ScriptArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sends a batch as {@code MULTI}, the commands, {@code EXEC} in one round trip, and tells which
 * commands Redis refused while queueing them. (Jedis's own transaction reads the queueing
 * replies before sending {@code EXEC}, a second round trip, and on {@code EXECABORT} keeps
 * the refused commands' errors without their positions.)
 */
final class TransactionRound {
  /** Receives a command that Redis refused to queue, which aborted the transaction. */
  interface Refusals {
    void refused(int index, RuntimeException cause);
  }

  /** Keeps a reply as Jedis read it; the command's own builder decodes it afterwards. */
  private static final Builder<Object> AS_READ = new Builder<>() {
    @Override
    public Object build(Object data) {
      return data;
    }
  };

  private TransactionRound() {}

  /**
   * Reads the replies of {@code MULTI}, {@code size} commands and {@code EXEC} sent on one
   * connection: returns EXEC's replies (an error reply as an exception), or {@code null} when
   * Redis refused commands while queueing them, so that nothing ran (each refused command went
   * to {@code refusals}).
   *
   * @throws RuntimeException when MULTI or EXEC failed for another reason
   */
  static List<Object> results(List<Object> all, int size, Refusals refusals) {
    if (all.get(0) instanceof RuntimeException) {
      throw (RuntimeException) all.get(0);
    }
    boolean refused = false;
    for (int i = 0; i < size; i++) {
      Object queued = all.get(i + 1);
      if (queued instanceof RuntimeException) {
        refusals.refused(i, (RuntimeException) queued);
        refused = true;
      }
    }
    if (refused) {
      return null;
    }
    Object exec = all.get(size + 1);
    if (exec instanceof RuntimeException) {
      throw (RuntimeException) exec;
    }
    if (!(exec instanceof List) || ((List<?>) exec).size() != size) {
      throw new IllegalStateException("EXEC answered " + (exec instanceof List
          ? ((List<?>) exec).size() + " replies" : String.valueOf(exec)) + " for " + size
          + " queued commands");
    }
    @SuppressWarnings("unchecked")
    List<Object> replies = (List<Object>) exec;
    return replies;
  }

  /**
   * {@code all} (the replies of MULTI, the commands and EXEC) with the {@code NOSCRIPT} replies
   * of calls whose script's {@code SCRIPT LOAD} was {@code refused} (by SHA1) replaced by that
   * refusal, which says why (e.g. a compile error).
   */
  static List<Object> withLoadFailures(List<Object> all, List<?> commands,
      Map<String, RuntimeException> refused) {
    if (refused.isEmpty()) {
      return all;
    }
    int size = commands.size();
    Object exec = all.get(size + 1);
    List<Object> results = exec instanceof List ? new ArrayList<>((List<?>) exec) : null;
    for (int i = 0; i < size; i++) {
      RuntimeException refusal = refused.get(ScriptLoads.sha1Of(commands.get(i)));
      if (refusal == null) {
        continue;
      }
      if (ScriptLoads.isNoScript(all.get(i + 1))) {
        all.set(i + 1, refusal);
      }
      if (results != null && results.size() == size && ScriptLoads.isNoScript(results.get(i))) {
        results.set(i, refusal);
      }
    }
    if (results != null) {
      all.set(size + 1, results);
    }
    return all;
  }

  /** The arguments to send for {@code command}: a script call as EVAL (nothing loads it). */
  static CommandArguments sendable(QueuedCommand<?> command) {
    ScriptArguments call = command.scriptCall();
    return call != null ? call.asEval() : command.arguments();
  }

  /**
   * Runs the transaction. Returns {@code true} when it ran: then {@code responses[i]} holds
   * the reply of {@code commands.get(i)} (its {@code get()} throws when that command failed
   * inside the transaction). Returns {@code false} when Redis refused commands while queueing
   * them, so that nothing ran; each refused command went to {@code refusals}.
   *
   * @throws RuntimeException when the connection failed or EXEC failed for another reason
   */
  static boolean run(UnifiedJedis client, List<QueuedCommand<?>> commands,
      Response<?>[] responses, Refusals refusals) {
    int size = commands.size();
    @SuppressWarnings("unchecked")
    Response<Object>[] queued = new Response[size];
    Response<Object> exec;
    try (AbstractPipeline pipeline = client.pipelined()) {
      pipeline.executeCommand(
          new CommandObject<>(new CommandArguments(Protocol.Command.MULTI), AS_READ));
      for (int i = 0; i < size; i++) {
        queued[i] = pipeline.executeCommand(
            new CommandObject<>(sendable(commands.get(i)), AS_READ));
      }
      exec = pipeline.executeCommand(
          new CommandObject<>(new CommandArguments(Protocol.Command.EXEC), AS_READ));
      pipeline.sync();
    }
    boolean refused = false;
    for (int i = 0; i < size; i++) {
      try {
        queued[i].get();
      } catch (RuntimeException e) {
        refusals.refused(i, e);
        refused = true;
      }
    }
    if (refused) {
      return false;
    }
    List<?> replies = (List<?>) exec.get();  // throws when EXEC failed
    if (replies == null || replies.size() != size) {
      throw new IllegalStateException("EXEC answered " + (replies == null ? "null"
          : replies.size() + " replies") + " for " + size + " queued commands");
    }
    for (int i = 0; i < size; i++) {
      Response<?> response = new Response<>(commands.get(i).builder());
      response.set(replies.get(i));
      responses[i] = response;
    }
    return true;
  }
}
