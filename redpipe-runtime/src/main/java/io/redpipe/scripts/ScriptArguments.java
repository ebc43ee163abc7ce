package io.redpipe.scripts;

import java.util.List;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Protocol;

/**
 * The arguments of an {@code EVALSHA} of a {@link Script}: {@code EVALSHA sha1 numkeys keys...
 * args...}, the keys marked as keys (so a cluster routes them by their slot). RedPipe's batches
 * recognise them to load the script where a server does not have it.
 */
public final class ScriptArguments extends CommandArguments {
  private final Script<?> script;
  private final List<byte[]> keys;
  private final List<byte[]> args;

  ScriptArguments(Script<?> script, List<byte[]> keys, List<byte[]> args) {
    super(Protocol.Command.EVALSHA);
    this.script = script;
    this.keys = keys;
    this.args = args;
    add(script.sha1());
    add(keys.size());
    keys(keys);
    addObjects(args);
  }

  /**
   * The script this call runs.
   *
   * @return the script
   */
  public Script<?> script() {
    return script;
  }

  /**
   * The same call as {@code EVAL} with the script's source, for a connection RedPipe sends
   * through Jedis's own pipeline (it can't load scripts there first).
   *
   * @return {@code EVAL source numkeys keys... args...}
   */
  public CommandArguments asEval() {
    CommandArguments eval = new CommandArguments(Protocol.Command.EVAL).add(script.sourceBytes())
        .add(keys.size());
    eval.keys(keys);
    eval.addObjects(args);
    return eval;
  }

  /**
   * {@code SCRIPT LOAD} of this call's script.
   *
   * @return the command that loads the script
   */
  public CommandArguments load() {
    return script.load();
  }
}
