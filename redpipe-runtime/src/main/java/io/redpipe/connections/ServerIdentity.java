package io.redpipe.connections;

import io.redpipe.AlreadyConnected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Tells whether two clients reach the same server and database; connect asks when a second
 * client wants a name another client holds (the first one stays when they do).
 *
 * <p>Single-server clients:
 * <ul>
 *   <li><b>Server.</b> The {@code run_id} of {@code INFO server}, when both servers tell it. When
 *       one does not (the client's ACL user lacks {@code +info}, which {@code -@dangerous}
 *       removes; {@code INFO} renamed; no answer), the {@code host:port} the clients connect to
 *       ({@link ServerAddress}) stands in: equal addresses are the same server.
 *   <li><b>Database.</b> The {@code db} of {@code CLIENT INFO} (Redis 6.2 or newer; the user needs
 *       {@code +client|info}, part of {@code @connection}).
 * </ul>
 * Different run ids are different servers, whatever the rest. When neither the run ids nor the
 * addresses show the same server, or the databases are unknown, RedPipe does not guess: it throws
 * {@link AlreadyConnected} saying what it could not learn and why (a refused command is never
 * taken to mean "another server"). For a {@link RedisClient} both commands run on one connection
 * borrowed from its pool, which also gives its address.
 *
 * <p>Cluster clients are the same cluster when the nodes they know share one ({@code host:port},
 * as the cluster announces them); no I/O. A cluster client and a single-server client never are.
 */
final class ServerIdentity {
  private ServerIdentity() {}

  /** What one client's server told about itself; null fields are unknown. */
  private record Facts(String runId, String db, HostAndPort address, List<String> problems) {}

  /**
   * Whether {@code held} (connected as {@code name}) and {@code offered} reach the same server
   * and database.
   *
   * @throws AlreadyConnected when it can't be told, naming the connection and why
   */
  static boolean same(String name, UnifiedJedis held, UnifiedJedis offered) {
    boolean heldCluster = ClusterClient.isCluster(held);
    if (heldCluster || ClusterClient.isCluster(offered)) {
      return heldCluster == ClusterClient.isCluster(offered) && shareANode(held, offered);
    }
    Facts a = facts(held);
    Facts b = facts(offered);
    List<String> why = new ArrayList<>();
    if (a.runId() != null && b.runId() != null) {
      if (!a.runId().equals(b.runId())) {
        return false;
      }
    } else if (a.address() == null || !a.address().equals(b.address())) {
      addProblems(why, a, b);
      why.add(a.address() != null && b.address() != null
          ? "and their addresses differ, which may or may not be the same server"
          : "and the address of " + (a.address() == null ? "the connected" : "the new")
              + " client is unknown");
      throw cannotTell(name, held, offered, why);
    }
    if (a.db() != null && b.db() != null) {
      return a.db().equals(b.db());
    }
    addProblems(why, a, b);
    why.add("so their databases are unknown");
    throw cannotTell(name, held, offered, why);
  }

  private static void addProblems(List<String> why, Facts a, Facts b) {
    a.problems().forEach(p -> why.add("the connected client: " + p));
    b.problems().forEach(p -> why.add("the new client: " + p));
  }

  private static AlreadyConnected cannotTell(String name, UnifiedJedis held,
      UnifiedJedis offered, List<String> why) {
    String key = ConnectionRegistry.normalize(name);
    return new AlreadyConnected("can't change " + Connection.describe(key) + ": it is connected"
        + " to " + ServerAddress.describe(held) + ", and RedPipe can't tell whether the new client"
        + " (" + ServerAddress.describe(offered) + ") reaches the same server and database ("
        + String.join("; ", why) + "); call RedPipe.disconnect("
        + (key.isEmpty() ? "" : "\"" + key + "\"") + ") first, or let the clients' user run"
        + " INFO and CLIENT INFO (Redis 6.2 or newer)");
  }

  private static boolean shareANode(UnifiedJedis a, UnifiedJedis b) {
    Set<String> nodes = new HashSet<>(ServerAddress.clusterNodes(a));
    return ServerAddress.clusterNodes(b).stream().anyMatch(nodes::contains);
  }

  private static Facts facts(UnifiedJedis client) {
    List<String> problems = new ArrayList<>();
    if (client instanceof RedisClient) {
      redis.clients.jedis.Connection connection;
      try {
        connection = ((RedisClient) client).getPool().getResource();
      } catch (JedisException e) {
        problems.add("could not open a connection (" + e.getMessage() + ")");
        return new Facts(null, null, ServerAddress.of(client).orElse(null), problems);
      }
      try (connection) {
        String runId = runId(problems, () -> connection.executeCommand(
            new CommandArguments(Protocol.Command.INFO).add("server")));
        String db = problems.stream().anyMatch(p -> p.contains("did not answer")) ? null
            : db(problems, () -> connection.executeCommand(
                new CommandArguments(Protocol.Command.CLIENT).add("INFO")));
        return new Facts(runId, db, ServerAddress.of(connection).orElse(null), problems);
      }
    }
    String runId = runId(problems, () -> client.executeCommand(
        new CommandArguments(Protocol.Command.INFO).add("server")));
    String db = db(problems, () -> client.executeCommand(
        new CommandArguments(Protocol.Command.CLIENT).add("INFO")));
    return new Facts(runId, db, ServerAddress.of(client).orElse(null), problems);
  }

  private static String runId(List<String> problems, Supplier<Object> info) {
    String text = ask(problems, "INFO server", info);
    String runId = text == null ? null : field(text, "run_id:", "\r\n");
    if (text != null && runId == null) {
      problems.add("INFO server has no run_id");
    }
    return runId;
  }

  private static String db(List<String> problems, Supplier<Object> clientInfo) {
    String text = ask(problems, "CLIENT INFO", clientInfo);
    String db = text == null ? null : field(text, " db=", " ");
    if (text != null && db == null) {
      problems.add("CLIENT INFO has no db");
    }
    return db;
  }

  /** The reply as text, or null with the reason in {@code problems}. */
  private static String ask(List<String> problems, String command, Supplier<Object> call) {
    try {
      return text(call.get());
    } catch (JedisDataException e) {
      problems.add("the server refused " + command + " (" + e.getMessage() + ")");
    } catch (JedisConnectionException e) {
      problems.add("the server did not answer " + command + " (" + e.getMessage() + ")");
    } catch (JedisException e) {
      problems.add(command + " failed (" + e.getMessage() + ")");
    }
    return null;
  }

  private static String field(String text, String prefix, String end) {
    int start = text.indexOf(prefix);
    if (start < 0) {
      return null;
    }
    start += prefix.length();
    int stop = text.indexOf(end, start);
    String value = (stop < 0 ? text.substring(start) : text.substring(start, stop)).trim();
    return value.isEmpty() ? null : value;
  }

  private static String text(Object reply) {
    return reply instanceof byte[] ? new String((byte[]) reply, StandardCharsets.UTF_8)
        : String.valueOf(reply);
  }
}
