package io.redpipe.connections;

import io.redpipe.ConnectFailed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.KeyValue;

/**
 * Finds out which protocol a client speaks by sending {@code HELLO} without arguments, and tells
 * the truth when that fails.
 *
 * <ul>
 *   <li>An {@code ERR unknown command} reply to {@code HELLO} (a server older than 6.0, or one
 *       where {@code HELLO} was renamed) means RESP2.
 *   <li>Any other error fails {@code connect} with {@link ConnectFailed}: {@code WRONGPASS} (wrong
 *       user or password), {@code NOAUTH} (the server needs a password the client did not send),
 *       {@code NOPERM} (the client's user may not run a command that opening a connection needs,
 *       e.g. {@code SELECT} of its database), other error replies, and a server that can't be
 *       reached. For a {@link RedisClient}, {@code HELLO} runs on a connection borrowed from its
 *       pool, so any error opening that connection (e.g. {@code HELLO 3} refused by a server
 *       older than 6.0) fails too.
 * </ul>
 * The message names the connection and the server's {@code host:port} when it is known (see
 * {@link ServerAddress}: a {@link RedisClient} tells it only once one of its connections opened,
 * so a first connection refused at {@code AUTH} leaves it unknown, and the message says so); it
 * never shows a password (Redis's replies hold none).
 */
final class Protocols {
  private Protocols() {}

  /**
   * Asks the server which protocol {@code client} speaks.
   *
   * @param name the connection being connected, for messages
   * @throws ConnectFailed when the server refuses the client or can't be reached
   */
  static RedisProtocol detect(String name, UnifiedJedis client,
      Map<UnifiedJedis, HostAndPort> learned) {
    Object reply;
    if (client instanceof RedisClient) {
      redis.clients.jedis.Connection connection;
      try {
        connection = ((RedisClient) client).getPool().getResource();
      } catch (JedisException e) {
        throw failed(name, client, learned, e, "could not open a connection");
      }
      HostAndPort address = ServerPool.addressOf(connection);
      if (address != null) {
        learned.put(client, address);
      }
      try (connection) {
        reply = connection.executeCommand(Protocol.Command.HELLO);
      } catch (JedisDataException e) {
        if (isUnknownCommand(e)) {
          return RedisProtocol.RESP2;
        }
        throw failed(name, client, learned, e, "the server answered HELLO with an error");
      } catch (JedisException e) {
        throw failed(name, client, learned, e, "the server did not answer HELLO");
      }
    } else {
      try {
        reply = client.executeCommand(new CommandArguments(Protocol.Command.HELLO));
      } catch (JedisDataException e) {
        if (isUnknownCommand(e)) {
          return RedisProtocol.RESP2;
        }
        throw failed(name, client, learned, e, "the server answered HELLO with an error");
      } catch (JedisException e) {
        throw failed(name, client, learned, e, "the server did not answer HELLO");
      }
    }
    Object proto = find(reply, "proto");
    if (proto instanceof Number && ((Number) proto).intValue() == 3) {
      return RedisProtocol.RESP3;
    }
    return RedisProtocol.RESP2;
  }

  /** {@code ERR unknown command 'HELLO'...} (Redis 6.2+) or {@code ... `HELLO`...} (older). */
  static boolean isUnknownCommand(JedisDataException e) {
    String message = e.getMessage();
    return message != null
        && message.toLowerCase(Locale.ROOT).startsWith("err unknown command");
  }

  private static ConnectFailed failed(String name, UnifiedJedis client,
      Map<UnifiedJedis, HostAndPort> learned, JedisException e, String what) {
    String reply = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String code = reply.split(" ", 2)[0];
    String advice;
    if (e instanceof JedisConnectionException) {
      what = "could not reach the server";
      advice = "check that the server runs and that the client's host and port are right";
    } else if (code.equals("WRONGPASS")) {
      what = "the server refused the client's user or password";
      advice = "check the user and password in the client's configuration";
    } else if (code.equals("NOAUTH")) {
      what = "the server requires authentication";
      advice = "give the client a user and password (JedisClientConfig user/password)";
    } else if (code.equals("NOPERM")) {
      what = "the client's user lacks a permission that opening a connection needs";
      advice = "grant it (ACL SETUSER), or connect with a user that has it";
    } else if (what.startsWith("could not open")) {
      advice = "check the client's configuration (protocol: RESP3 needs Redis 6.0 or newer;"
          + " database; client name)";
    } else {
      advice = "if the server can't answer HELLO, connect with an explicit protocol:"
          + " RedPipe.connect(name, client, transaction, protocol)";
    }
    HostAndPort known = learned.get(client);
    String where = known != null ? " to " + ServerAddress.describe(known)
        : ClusterClient.isCluster(client) || ServerAddress.of(client).isPresent()
        ? " to " + ServerAddress.describe(client)
        : " (server address unknown: " + ServerAddress.whyUnknown(client) + ")";
    return new ConnectFailed(name, "can't connect " + Connection.describe(name) + where + ": "
        + what + " (" + reply + "); " + advice, e);
  }

  private static Object find(Object reply, String wanted) {
    if (reply instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) reply).entrySet()) {
        if (wanted.equals(text(entry.getKey()))) {
          return entry.getValue();
        }
      }
    } else if (reply instanceof List) {
      List<?> items = (List<?>) reply;
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item instanceof KeyValue) {
          KeyValue<?, ?> kv = (KeyValue<?, ?>) item;
          if (wanted.equals(text(kv.getKey()))) {
            return kv.getValue();
          }
        } else if (i + 1 < items.size() && wanted.equals(text(item))) {
          return items.get(i + 1);
        }
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8)
        : String.valueOf(value);
  }
}
