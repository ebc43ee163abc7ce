package io.redpipe.examples.replicas;

import io.redpipe.RedPipeContext;
import io.redpipe.connections.ReadFrom;
import io.redpipe.connections.SentinelReplicas;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisSentinelClient;

/**
 * Reads from the replicas a Sentinel reports: the default connection is a
 * {@code RedisSentinelClient} (writes follow the master through failovers) whose read-only
 * batches go to the replicas the sentinels report healthy ({@link ReadFrom#PREFER_REPLICA}). The
 * sentinels and the data nodes may have different credentials: each gets its own client
 * configuration. A pipeline that must see the latest writes reads from the master whatever the
 * connection's policy ({@link #latestPage}).
 */
public final class SentinelReads implements AutoCloseable {
  private final RedisSentinelClient client;
  private final SentinelReplicas replicas;

  private SentinelReads(RedisSentinelClient client, SentinelReplicas replicas) {
    this.client = client;
    this.replicas = replicas;
  }

  /**
   * Connects the default connection of {@code context} to the master the sentinels name
   * {@code masterName}, reading from its replicas.
   *
   * @param context the context
   * @param masterName the name the sentinels monitor the master under
   * @param sentinels the sentinels' addresses
   * @param sentinelConfig how to reach the sentinels (their password, TLS, timeouts)
   * @param dataConfig how to reach the master and its replicas (the data nodes' password, ...)
   * @return what to close at shutdown: the client and the replicas' pools
   */
  public static SentinelReads connect(RedPipeContext context, String masterName,
      Set<HostAndPort> sentinels, JedisClientConfig sentinelConfig, JedisClientConfig dataConfig) {
    RedisSentinelClient client = RedisSentinelClient.builder().masterName(masterName)
        .sentinels(sentinels).sentinelClientConfig(sentinelConfig).clientConfig(dataConfig)
        .build();
    SentinelReplicas replicas = SentinelReplicas.builder(masterName, sentinels)
        .sentinelClientConfig(sentinelConfig).replicaClientConfig(dataConfig).build();
    try {
      context.connect(client);
      context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replicas);
    } catch (RuntimeException e) {
      replicas.close();
      client.close();
      throw e;
    }
    return new SentinelReads(client, replicas);
  }

  /**
   * The page as the master has it now: this root pipeline reads from the master, and the
   * functions nested in it ({@link ReadReplicas#page}) join its batch, so they do too.
   *
   * @param context the context
   * @param id the page
   * @return its title and view count
   */
  public static List<String> latestPage(RedPipeContext context, String id) {
    try (Pipeline pipe = context.pipeline().readFrom(ReadFrom.MASTER)) {
      Future<List<String>> page = ReadReplicas.page(id, pipe);
      pipe.execute();
      return page.get();
    }
  }

  /**
   * The replicas read from now.
   *
   * @return their addresses, as the sentinels last reported them
   */
  public List<HostAndPort> replicas() {
    return replicas.replicas();
  }

  @Override
  public void close() {
    replicas.close();
    client.close();
  }
}
