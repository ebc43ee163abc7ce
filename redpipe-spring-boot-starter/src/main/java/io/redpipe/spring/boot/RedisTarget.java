package io.redpipe.spring.boot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.HostAndPort;

/**
 * Where one connection goes and how it logs in, validated: the properties' names appear in every
 * error, the password never.
 */
record RedisTarget(Kind kind, Set<HostAndPort> nodes, String masterName, String username,
    String password, int database, boolean ssl) {

  enum Kind { STANDALONE, SENTINEL, CLUSTER }

  static final int DEFAULT_PORT = 6379;

  /** The server of {@code spring.data.redis.*}. */
  static RedisTarget of(DataRedisSettings redis) {
    String prefix = DataRedisSettings.PREFIX;
    if (redis.isCluster() && redis.isSentinel()) {
      throw InvalidRedisProperty.of(prefix + ".cluster.nodes", redis.cluster().nodes(),
          "spring.data.redis.sentinel.master is set too; configure either a cluster or a"
              + " sentinel master, not both");
    }
    int database = database(prefix + ".database", redis.database(), 0);
    if (redis.isCluster()) {
      if (database != 0) {
        throw InvalidRedisProperty.of(prefix + ".database", database,
            "a Redis Cluster has database 0 only (spring.data.redis.cluster.nodes is set)");
      }
      return new RedisTarget(Kind.CLUSTER, nodes(prefix + ".cluster.nodes",
          redis.cluster().nodes()), null, blankToNull(redis.username()), redis.password(), 0,
          redis.sslEnabled());
    }
    if (redis.isSentinel()) {
      if (redis.sentinel().nodes() == null || redis.sentinel().nodes().isEmpty()) {
        throw InvalidRedisProperty.of(prefix + ".sentinel.nodes", null,
            "expected the sentinels as host:port, comma-separated, for sentinel master '"
                + redis.sentinel().master() + "'");
      }
      return new RedisTarget(Kind.SENTINEL, nodes(prefix + ".sentinel.nodes",
          redis.sentinel().nodes()), redis.sentinel().master(), blankToNull(redis.username()),
          redis.password(), database, redis.sslEnabled());
    }
    RedisTarget target = redis.url() != null && !redis.url().isBlank()
        ? fromUrl(prefix + ".url", redis.url())
        : single(prefix, redis.host(), redis.port(), redis.username(), redis.password(),
            database, redis.sslEnabled());
    if (redis.url() != null && !redis.url().isBlank() && redis.database() != null) {
      target = target.withDatabase(database);
    }
    if (redis.sslEnabled() && !target.ssl()) {
      target = new RedisTarget(target.kind(), target.nodes(), null, target.username(),
          target.password(), target.database(), true);
    }
    return target;
  }

  /** A named connection: {@code shared} unless it names a server of its own. */
  static RedisTarget of(String name, RedPipeProperties.Connection connection,
      RedisTarget shared) {
    String prefix = "redpipe.connections." + name;
    boolean hasUrl = connection.getUrl() != null && !connection.getUrl().isBlank();
    boolean hasHost = connection.getHost() != null && !connection.getHost().isBlank();
    if (hasUrl && hasHost) {
      throw InvalidRedisProperty.of(prefix + ".host", connection.getHost(),
          prefix + ".url is set too; give the server either as a URL or as host and port");
    }
    RedisTarget target;
    if (!hasUrl && !hasHost) {
      if (connection.getPort() != null) {
        throw InvalidRedisProperty.of(prefix + ".port", connection.getPort(),
            "a port needs " + prefix + ".host; without url or host the connection uses the"
                + " server of spring.data.redis.*");
      }
      if (shared == null) {
        throw InvalidRedisProperty.of(prefix + ".url", null, "expected a url or a host: the"
            + " connection has no server of its own, and redpipe.connect-default is false");
      }
      target = connection.getDatabase() == null ? shared
          : shared.withDatabase(database(prefix + ".database", connection.getDatabase(), 0));
      if (target.kind() == Kind.CLUSTER && target.database() != 0) {
        throw InvalidRedisProperty.of(prefix + ".database", target.database(),
            "a Redis Cluster has database 0 only (spring.data.redis.cluster.nodes is set)");
      }
    } else if (hasUrl) {
      target = fromUrl(prefix + ".url", connection.getUrl());
      if (connection.getDatabase() != null) {
        target = target.withDatabase(database(prefix + ".database", connection.getDatabase(), 0));
      }
    } else {
      target = single(prefix, connection.getHost(), connection.getPort(),
          connection.getUsername(), connection.getPassword(),
          database(prefix + ".database", connection.getDatabase(), 0),
          Boolean.TRUE.equals(connection.getSsl()));
    }
    if (connection.getSsl() != null && hasUrl && connection.getSsl() != target.ssl()) {
      target = new RedisTarget(target.kind(), target.nodes(), null, target.username(),
          target.password(), target.database(), connection.getSsl());
    }
    if (connection.isTransaction() && target.kind() == Kind.CLUSTER) {
      throw InvalidRedisProperty.of(prefix + ".transaction", true, "MULTI/EXEC runs on one"
          + " node, and this connection is a Redis Cluster (spring.data.redis.cluster.nodes)");
    }
    return target;
  }

  HostAndPort first() {
    return nodes.iterator().next();
  }

  RedisTarget withDatabase(int newDatabase) {
    return new RedisTarget(kind, nodes, masterName, username, password, newDatabase, ssl);
  }

  private static RedisTarget single(String prefix, String host, Integer port, String username,
      String password, int database, boolean ssl) {
    String h = host == null || host.isBlank() ? "localhost" : host;
    int p = port == null ? DEFAULT_PORT : port;
    if (p < 1 || p > 65535) {
      throw InvalidRedisProperty.of(prefix + ".port", port, "expected a port from 1 to 65535");
    }
    return new RedisTarget(Kind.STANDALONE, Set.of(new HostAndPort(h, p)), null,
        blankToNull(username), password, database, ssl);
  }

  static RedisTarget fromUrl(String property, String url) {
    String shown = InvalidRedisProperty.masked(url);
    String expected = "expected redis://[[username]:password@]host[:port][/database], or"
        + " rediss:// for TLS";
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw InvalidRedisProperty.of(property, shown, expected);
    }
    String scheme = uri.getScheme();
    if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw InvalidRedisProperty.of(property, shown, expected + " (the scheme is "
          + (scheme == null ? "missing" : "'" + scheme + "'") + ")");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw InvalidRedisProperty.of(property, shown, expected + " (no host)");
    }
    String username = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon >= 0) {
        username = blankToNull(userInfo.substring(0, colon));
        password = userInfo.substring(colon + 1);
      } else {
        password = userInfo;
      }
    }
    int database = 0;
    String path = uri.getPath();
    if (path != null && path.length() > 1) {
      try {
        database = Integer.parseInt(path.substring(1));
      } catch (NumberFormatException e) {
        throw InvalidRedisProperty.of(property, shown, expected + " (the database '"
            + path.substring(1) + "' is not a number)");
      }
      if (database < 0) {
        throw InvalidRedisProperty.of(property, shown, expected + " (a negative database)");
      }
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new RedisTarget(Kind.STANDALONE, Set.of(new HostAndPort(uri.getHost(), port)), null,
        username, password, database, "rediss".equals(scheme));
  }

  static Set<HostAndPort> nodes(String property, List<String> nodes) {
    Set<HostAndPort> parsed = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    for (String node : nodes) {
      String n = node.trim();
      int colon = n.lastIndexOf(':');
      if (colon <= 0 || colon == n.length() - 1) {
        bad.add(node);
        continue;
      }
      try {
        int port = Integer.parseInt(n.substring(colon + 1));
        if (port < 1 || port > 65535) {
          bad.add(node);
          continue;
        }
        parsed.add(new HostAndPort(n.substring(0, colon), port));
      } catch (NumberFormatException e) {
        bad.add(node);
      }
    }
    if (!bad.isEmpty()) {
      throw InvalidRedisProperty.of(property, String.join(",", nodes),
          "expected host:port entries (port 1 to 65535), comma-separated; bad: " + bad);
    }
    return parsed;
  }

  private static int database(String property, Integer value, int orElse) {
    if (value == null) {
      return orElse;
    }
    if (value < 0) {
      throw InvalidRedisProperty.of(property, value, "expected a database index of 0 or more");
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public String toString() {
    return kind + " " + nodes + (masterName == null ? "" : " master " + masterName)
        + " db " + database + (ssl ? " tls" : "") + (username == null ? "" : " user " + username)
        + (password == null ? "" : " (password set)");
  }
}
