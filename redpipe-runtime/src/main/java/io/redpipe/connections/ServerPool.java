package io.redpipe.connections;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Objects;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.Pool;

/**
 * The Jedis pool of connections to one server (a single server, a Sentinel's current master or a
 * cluster node), borrowed with a bounded wait and given back whole or destroyed. RedPipe sends
 * each batch on one connection borrowed from here: borrowed when the batch is sent, given back
 * when its replies are read, destroyed when it saw a connection-level or protocol error.
 */
public final class ServerPool {
  private final Pool<redis.clients.jedis.Connection> pool;
  private volatile HostAndPort address;
  private final LoadedScripts scripts = new LoadedScripts();

  ServerPool(Pool<redis.clients.jedis.Connection> pool, HostAndPort address) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.address = address;
  }

  /**
   * Borrows a connection, waiting at most {@code maxWait} for one when the pool is exhausted.
   * Opening a new connection is bounded by the client's connection timeout.
   *
   * @param maxWait the longest wait for a free connection
   * @return a connection; give it back with {@link #release}
   * @throws BorrowFailed when no connection came within {@code maxWait} or one could not be
   *     opened
   */
  public redis.clients.jedis.Connection borrow(Duration maxWait) {
    redis.clients.jedis.Connection connection;
    try {
      connection = pool.borrowObject(maxWait.isNegative() ? Duration.ZERO : maxWait);
    } catch (NoSuchElementException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw new BorrowFailed("could not open a connection to " + describe() + ": "
            + e.getCause().getMessage(), false, e.getCause());
      }
      throw new BorrowFailed("no free connection to " + describe() + " within " + maxWait.toMillis()
          + " ms: every pooled connection is in use (" + pool.getNumActive() + " active);"
          + " raise the pool's maxTotal or the execute timeout", true, e);
    } catch (JedisConnectionException e) {
      throw new BorrowFailed("could not connect to " + describe() + ": " + e.getMessage(), false,
          e);
    } catch (RuntimeException e) {
      throw new BorrowFailed("could not get a connection to " + describe() + ": "
          + e.getMessage(), false, e);
    } catch (Exception e) {  // borrowObject declares Exception
      throw new BorrowFailed("could not get a connection to " + describe() + ": "
          + e.getMessage(), false, e);
    }
    if (address == null) {
      address = addressOf(connection);
    }
    return connection;
  }

  /**
   * Gives {@code connection} back, or destroys it when {@code broken} (it saw an error, its
   * stream may hold unread replies, or the server closed it). Never throws: a pool that cannot
   * take it back only loses it.
   *
   * @param connection a connection borrowed from this pool
   * @param broken whether the connection must not be used again
   */
  public void release(redis.clients.jedis.Connection connection, boolean broken) {
    try {
      if (broken || connection.isBroken()) {
        connection.setBroken();
        pool.returnBrokenResource(connection);
      } else {
        pool.returnResource(connection);
      }
    } catch (JedisException e) {
      // The pool is closed or already dropped the connection; nothing is left to release.
    }
  }

  /**
   * Destroys the idle connections: after a connection failure they likely face the same dead
   * or restarted server, and each would fail one execute. Forgets the scripts believed loaded
   * too: a restarted server's script cache is empty.
   */
  public void clearIdle() {
    scripts.clear();  // a restarted server has an empty script cache
    try {
      pool.clear();
    } catch (RuntimeException e) {
      // Best effort: a connection that can't be destroyed now is validated when borrowed.
    }
  }

  /**
   * The scripts this server is believed to hold in its script cache.
   *
   * @return this pool's view of the server's script cache
   */
  public LoadedScripts scripts() {
    return scripts;
  }

  /**
   * The server's address.
   *
   * @return {@code host:port}, or {@code null} while no connection told it
   */
  public HostAndPort address() {
    return address;
  }

  /** Whether this wraps {@code jedisPool}. */
  boolean wraps(Pool<redis.clients.jedis.Connection> jedisPool) {
    return pool == jedisPool;
  }

  /** The address {@code connection} talks to, or null when its socket factory does not tell. */
  static HostAndPort addressOf(redis.clients.jedis.Connection connection) {
    try {
      return connection.getHostAndPort();
    } catch (ClassCastException customSocketFactory) {
      return null;  // getHostAndPort() casts the factory to Jedis's default one
    }
  }

  /** The address as messages show it; never a credential. */
  public String describe() {
    HostAndPort known = address;
    return known == null ? "the server" : known.toString();
  }

  /** A connection could not be borrowed; nothing was sent on it. */
  public static final class BorrowFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean exhausted;

    BorrowFailed(String message, boolean exhausted, Throwable cause) {
      super(message, cause);
      this.exhausted = exhausted;
    }

    /**
     * Whether the pool was exhausted (every connection in use) rather than the server
     * unreachable.
     *
     * @return true when the wait for a free connection timed out
     */
    public boolean exhausted() {
      return exhausted;
    }
  }
}
