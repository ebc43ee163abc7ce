package io.redpipe.pipelines;

import java.util.List;
import redis.clients.jedis.CommandFlagsRegistry;
import redis.clients.jedis.StaticCommandFlagsRegistry;

/** Which batches may go to a replica: those whose every command Jedis flags READONLY. */
final class ReadOnly {
  private ReadOnly() {}

  static boolean all(List<QueuedCommand<?>> commands) {
    CommandFlagsRegistry registry = StaticCommandFlagsRegistry.registry();
    for (int i = 0, size = commands.size(); i < size; i++) {
      if (!registry.getFlags(commands.get(i).command().getArguments())
          .contains(CommandFlagsRegistry.CommandFlag.READONLY)) {
        return false;
      }
    }
    return true;
  }
}
