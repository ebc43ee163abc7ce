package io.redpipe.pipelines;

import io.redpipe.InvalidOperation;
import io.redpipe.codecs.Bytes;
import io.redpipe.connections.Connection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.args.Rawable;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Hash slots of queued commands on a cluster connection. A command is routed by the slot of its
 * keys, so it must have keys, and all of them must hash to one slot; both are checked when the
 * command is queued, before anything is sent.
 */
final class Slots {
  private Slots() {}

  /**
   * Returns the one slot of {@code command}'s keys.
   *
   * @throws InvalidOperation naming the command, its keys and their slots when it has no key or
   *     keys in several slots
   */
  static int slotOf(CommandArguments command, String connectionName) {
    List<Object> keys = command.getKeys();
    String name = commandName(command);
    if (keys.isEmpty()) {
      throw new InvalidOperation(name + " has no key, so it can't be routed to a node of "
          + Connection.describe(connectionName) + ", a Redis Cluster connection: RedPipe sends"
          + " each command to the master of its key's slot. Run keyless commands (SCAN, PING,"
          + " FLUSHALL, ...) on each node, or mark the key with CommandArguments.key(...) when"
          + " building a command by hand");
    }
    if (name.equalsIgnoreCase("SCAN")) {
      checkScanPattern(keys.get(0), connectionName);
    }
    keys = withUnflaggedSource(command, name, keys);
    Set<Integer> slots = new TreeSet<>();
    StringBuilder listed = new StringBuilder();
    for (Object key : keys) {
      int slot = slot(key);
      slots.add(slot);
      listed.append(listed.length() == 0 ? "" : ", ").append(printable(key)).append(" (slot ")
          .append(slot).append(')');
    }
    if (slots.size() > 1) {
      throw new InvalidOperation(name + " over keys in several hash slots can't run on "
          + Connection.describe(connectionName) + ", a Redis Cluster connection: " + listed
          + ". A multi-key command needs all its keys in one slot: give them one hash tag, e.g."
          + " 'user{42}' and 'cart{42}', or send one command per key");
    }
    return slots.iterator().next();
  }

  /**
   * Jedis 8 marks only the destination of ZRANGESTORE and GEOSEARCHSTORE as a key; their source
   * (the argument after the destination) is a key too, and must share its slot.
   */
  private static List<Object> withUnflaggedSource(CommandArguments command, String name,
      List<Object> keys) {
    if (keys.size() != 1
        || !(name.equalsIgnoreCase("ZRANGESTORE") || name.equalsIgnoreCase("GEOSEARCHSTORE"))) {
      return keys;
    }
    Iterator<Rawable> arguments = command.iterator();
    arguments.next();  // the command
    arguments.next();  // the destination
    if (!arguments.hasNext()) {
      return keys;
    }
    List<Object> all = new ArrayList<>(keys);
    all.add(arguments.next().getRaw());
    return all;
  }

  /**
   * On a cluster, Jedis routes a SCAN by the hash tag of its MATCH pattern, as if the pattern
   * were a key. That finds every match only when the tag is literal (all matches then share its
   * slot); a glob in the tag ({@code 'user{*}'}) spreads the matches over every master, and one
   * node's SCAN would silently miss the others.
   */
  private static void checkScanPattern(Object pattern, String connectionName) {
    String text = new String(raw(pattern), StandardCharsets.UTF_8);
    int open = text.indexOf('{');
    int close = open < 0 ? -1 : text.indexOf('}', open + 1);
    String tag = close < 0 ? "" : text.substring(open + 1, close);
    if (tag.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\')) {
      throw new InvalidOperation("SCAN with MATCH pattern " + printable(pattern) + " can't run on "
          + Connection.describe(connectionName) + ", a Redis Cluster connection: the pattern's"
          + " hash tag '" + tag + "' holds a glob, so the matching keys are spread over every"
          + " master and one node's SCAN would miss the others. Scan each master with its own"
          + " client (RedisClusterClient.getClusterNodes()), or match one literal hash tag");
    }
  }

  private static byte[] raw(Object key) {
    if (key instanceof byte[]) {
      return (byte[]) key;
    }
    if (key instanceof Rawable) {
      return ((Rawable) key).getRaw();
    }
    return String.valueOf(key).getBytes(StandardCharsets.UTF_8);
  }

  private static int slot(Object key) {
    if (key instanceof byte[]) {
      return JedisClusterCRC16.getSlot((byte[]) key);
    }
    if (key instanceof Rawable) {
      return JedisClusterCRC16.getSlot(((Rawable) key).getRaw());
    }
    return JedisClusterCRC16.getSlot(String.valueOf(key));
  }

  private static String printable(Object key) {
    if (key instanceof byte[]) {
      return Bytes.printable((byte[]) key);
    }
    if (key instanceof Rawable) {
      return Bytes.printable(((Rawable) key).getRaw());
    }
    return "'" + key + "'";
  }

  private static String commandName(CommandArguments command) {
    return new String(command.getCommand().getRaw(), StandardCharsets.UTF_8);
  }
}
