package io.redpipe.keyspaces;

import java.util.List;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Protocol;

/**
 * The Lua script behind {@code restoreNx}: RESTORE the key only when it does not exist; 1 when
 * restored, 0 when the key existed. Same script as Python RedPipe's {@code lua_restorenx}; it is
 * always sent in full with EVAL (never EVALSHA), so it works in pipelines and on clusters without
 * a script cache.
 */
public final class RestoreNxScript {
  /** The script: KEYS[1] = key, ARGV[1] = ttl in milliseconds (0 = none), ARGV[2] = DUMP payload. */
  public static final String SOURCE = String.join("\n",
      "local key = KEYS[1]",
      "local pttl = ARGV[1]",
      "local data = ARGV[2]",
      "local res = redis.call('exists', key)",
      "if res == 0 then",
      "    redis.call('restore', key, pttl, data)",
      "    return 1",
      "else",
      "    return 0",
      "end");

  private RestoreNxScript() {}

  /** The EVAL command that restores {@code payload} at {@code key} unless it exists. */
  static CommandObject<Object> command(CommandObjects commands, byte[] key, long ttlMillis, byte[] payload) {
    return commands.eval(Keys.utf8(SOURCE), List.of(key), List.of(Protocol.toByteArray(ttlMillis), payload));
  }
}
