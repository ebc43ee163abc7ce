package io.redpipe.pipelines;

import io.redpipe.connections.LoadedScripts;
import io.redpipe.scripts.ScriptArguments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * What a {@link NodeBatch} does for the script calls ({@code EVALSHA} of a
 * {@link io.redpipe.scripts.Script}) among its commands: which scripts to load before them, what
 * the loads answered, and which calls the server answered {@code NOSCRIPT} (they did not run, so
 * they may run again).
 */
final class ScriptLoads {
  private ScriptLoads() {}

  /**
   * The distinct scripts of {@code commands} to {@code SCRIPT LOAD} before them: every one when
   * {@code all} (a transaction, where a {@code NOSCRIPT} can't be retried), else those
   * {@code known} does not hold; in order of first use.
   */
  static List<ScriptArguments> toLoad(List<?> commands, LoadedScripts known, boolean all) {
    Map<String, ScriptArguments> loads = new LinkedHashMap<>();
    for (Object command : commands) {
      ScriptArguments call = scriptCall(command);
      if (call != null) {
        String sha1 = call.script().sha1();
        if ((all || !known.contains(sha1)) && !loads.containsKey(sha1)) {
          loads.put(sha1, call);
        }
      }
    }
    return new ArrayList<>(loads.values());
  }

  /**
   * Notes in {@code known} the scripts {@code replies} (the first {@code loads.size()} of them
   * answer the loads) say were loaded; returns why the others were refused, by SHA1 (e.g. a
   * compile error), or an empty map.
   */
  static Map<String, RuntimeException> loaded(List<ScriptArguments> loads, List<Object> replies,
      LoadedScripts known) {
    Map<String, RuntimeException> refused = Map.of();
    for (int i = 0; i < loads.size(); i++) {
      String sha1 = loads.get(i).script().sha1();
      Object reply = replies.get(i);
      if (reply instanceof RuntimeException) {
        if (refused.isEmpty()) {
          refused = new HashMap<>();
        }
        refused.put(sha1, new JedisDataException("SCRIPT LOAD of " + loads.get(i).script()
            + " failed: " + ((RuntimeException) reply).getMessage(), (RuntimeException) reply));
      } else {
        known.add(sha1);
      }
    }
    return refused;
  }

  /** Whether {@code reply} is a {@code NOSCRIPT} error. */
  static boolean isNoScript(Object reply) {
    if (!(reply instanceof JedisDataException)) {
      return false;
    }
    String message = ((JedisDataException) reply).getMessage();
    return message != null && message.startsWith("NOSCRIPT");
  }

  /**
   * The SHA1 of the script {@code command} (a {@link QueuedCommand} or {@code CommandArguments})
   * runs, or {@code null} when it is no script call.
   */
  static String sha1Of(Object command) {
    ScriptArguments call = scriptCall(command);
    return call == null ? null : call.script().sha1();
  }

  private static ScriptArguments scriptCall(Object command) {
    if (command instanceof QueuedCommand) {
      return ((QueuedCommand<?>) command).scriptCall();
    }
    return command instanceof ScriptArguments ? (ScriptArguments) command : null;
  }
}
