package io.redpipe.spring.boot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Jedis clients the auto-configuration made from the properties, by RedPipe connection name
 * ({@code ""} is the default connection), with whether each runs MULTI/EXEC. A bean: Spring
 * closes the clients on shutdown, after the context bean that uses them.
 */
public final class RedPipeClients implements AutoCloseable {
  private final Map<String, UnifiedJedis> clients;
  private final Set<String> transactional;

  /**
   * Holds clients; closing this closes them.
   *
   * @param clients the clients by connection name, in connection order
   * @param transactional the names whose batches run inside MULTI/EXEC
   */
  public RedPipeClients(Map<String, UnifiedJedis> clients, Set<String> transactional) {
    this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
    this.transactional = Set.copyOf(transactional);
  }

  /**
   * The clients by connection name.
   *
   * @return an unmodifiable map; {@code ""} is the default connection
   */
  public Map<String, UnifiedJedis> clients() {
    return clients;
  }

  /**
   * Whether a connection's batches run inside MULTI/EXEC.
   *
   * @param name the connection name; {@code ""} is the default connection
   * @return {@code true} for a transactional connection
   */
  public boolean isTransaction(String name) {
    return transactional.contains(name);
  }

  /** Closes every client; a client that fails to close does not stop the others. */
  @Override
  public void close() {
    RuntimeException first = null;
    for (UnifiedJedis client : clients.values()) {
      try {
        client.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
