package io.redpipe.pipelines;

import java.util.List;
import redis.clients.jedis.CommandFlagsRegistry;
import redis.clients.jedis.StaticCommandFlagsRegistry;

/** Which batches may go to a replica: those whose every command Jedis flags READONLY. */
final class ReadOnly {
  private ReadOnly() {}

  /** Whether every command of {@code commands} at {@code indexes} is read-only. */
  static boolean all(List<QueuedCommand<?>> commands, List<Integer> indexes) {
    CommandFlagsRegistry registry = StaticCommandFlagsRegistry.registry();
    SendView view = new SendView();
    for (int index : indexes) {
      if (!registry.getFlags(view.of(commands.get(index)))
          .contains(CommandFlagsRegistry.CommandFlag.READONLY)) {
        return false;
      }
    }
    return true;
  }

  static boolean all(List<QueuedCommand<?>> commands) {
    CommandFlagsRegistry registry = StaticCommandFlagsRegistry.registry();
    SendView view = new SendView();
    for (int i = 0, size = commands.size(); i < size; i++) {
      if (!registry.getFlags(view.of(commands.get(i)))
          .contains(CommandFlagsRegistry.CommandFlag.READONLY)) {
        return false;
      }
    }
    return true;
  }
}
