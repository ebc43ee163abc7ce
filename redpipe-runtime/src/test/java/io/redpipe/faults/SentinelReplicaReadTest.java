package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.ReadFrom;
import io.redpipe.connections.SentinelReplicas;
import io.redpipe.futures.Future;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisSentinel;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.ServerCounters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisSentinelClient;

/**
 * Reads from the replicas a real Sentinel reports: a private master with real replicas
 * ({@code REPLICAOF}) that require a password the sentinel does not, and a
 * {@code redis-server --sentinel} monitoring them. Read-only batches go to a replica the
 * sentinel reports healthy, a batch with a write to the master, a stopped replica falls back
 * (PREFER_REPLICA) or fails (REPLICA), a pipeline's policy overrides the connection's, and after
 * {@code SENTINEL FAILOVER} the replicas are asked for again.
 */
class SentinelReplicaReadTest {
  private static final String NAME = "redpipe-orders";
  private static final String PASSWORD = "data-nodes-secret";
  private static final Duration WAIT = Duration.ofSeconds(25);
  private static final JedisClientConfig DATA = DefaultJedisClientConfig.builder()
      .password(PASSWORD).timeoutMillis(1500).build();

  private static RedisClient admin(RedisServer server) {
    return RedisClient.builder().hostAndPort(server.hostAndPort()).clientConfig(DATA).build();
  }

  /** Gives the data nodes a password, which the sentinel's configuration then needs. */
  private static void protect(RedisServer... servers) {
    for (RedisServer server : servers) {
      try (RedisClient open = server.newClient()) {
        open.configSet("masterauth", PASSWORD);
        open.configSet("requirepass", PASSWORD);
      }
    }
  }

  private static RedisSentinel sentinel(RedisServer master) {
    return RedisSentinel.monitor(NAME, master, "sentinel auth-pass " + NAME + " " + PASSWORD);
  }

  private static RedisSentinelClient client(RedisSentinel sentinel) {
    return RedisSentinelClient.builder().masterName(NAME)
        .sentinels(Set.of(sentinel.hostAndPort())).clientConfig(DATA).build();
  }

  private static SentinelReplicas replicas(RedisSentinel sentinel) {
    return SentinelReplicas.builder(NAME, Set.of(sentinel.hostAndPort()))
        .sentinelClientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build())
        .replicaClientConfig(DATA).build();
  }

  /** Waits until the sentinel reports the replicas, then writes a key they all acknowledge. */
  private static void written(RedisSentinel sentinel, RedisClient master, int replicas) {
    sentinel.awaitReplicas(replicas, WAIT);
    master.set("sr:key", "v1");
    assertEquals(replicas, master.waitReplicas("sr:key", replicas, 10_000));
  }

  private static void connect(RedPipeContext context, RedisSentinelClient client,
      ReadFrom readFrom, SentinelReplicas replicas) {
    context.connect("orders", client);
    context.connection("orders").readFrom(readFrom, replicas);
  }

  private static long gets(RedisClient server) {
    return ServerCounters.calls(server::info, "get");
  }

  private static String read(RedPipeContext context, ReadFrom pipelinePolicy) {
    try (Pipeline pipe = context.pipeline("orders").readFrom(pipelinePolicy)) {
      Future<String> value = pipe.get("sr:key");
      pipe.execute();
      return value.get();
    }
  }

  @Test
  void readOnlyBatchesGoToAReportedReplicaAndAStoppedOneFallsBackOrFails() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startReplicaOf(masterServer);
        RedPipeContext context = RedPipeContext.builder().executeTimeout(Duration.ofSeconds(5))
            .build()) {
      protect(masterServer, replicaServer);
      try (RedisSentinel sentinel = sentinel(masterServer);
          RedisClient master = admin(masterServer);
          RedisClient replica = admin(replicaServer);
          RedisSentinelClient client = client(sentinel);
          SentinelReplicas replicas = replicas(sentinel)) {
        written(sentinel, master, 1);
        List<ExecuteEvent> events = new CopyOnWriteArrayList<>();
        context.addListener((event, state) -> events.add(event));
        connect(context, client, ReadFrom.PREFER_REPLICA, replicas);
        long replicaGets = gets(replica);
        long masterGets = gets(master);

        assertEquals("v1", read(context, null));
        assertEquals(replicaGets + 1, gets(replica), "the read-only batch: the replica");
        assertEquals(masterGets, gets(master));
        assertEquals(replicaServer.port(), events.get(events.size() - 1).batches().get(0).port());
        assertEquals(List.of(replicaServer.hostAndPort()), replicas.replicas());

        try (Pipeline pipe = context.pipeline("orders")) {
          Future<String> value = pipe.get("sr:key");
          pipe.incr("sr:count");
          pipe.execute();
          assertEquals("v1", value.get());
        }
        assertEquals(masterGets + 1, gets(master), "a batch with a write: the master");

        assertEquals("v1", read(context, ReadFrom.MASTER));
        assertEquals(masterGets + 2, gets(master), "the pipeline's MASTER wins");
        assertEquals(replicaGets + 1, gets(replica));

        replicaServer.kill();
        for (int i = 0; i < 3; i++) {
          assertEquals("v1", read(context, null), "execute " + i + ": the master answered");
        }
        assertEquals(masterGets + 5, gets(master), "PREFER_REPLICA fell back to the master");
        PipelineFailed failed = assertThrows(PipelineFailed.class,
            () -> read(context, ReadFrom.REPLICA));
        assertFalse(failed.getMessage().contains(PASSWORD), failed.getMessage());
        assertEquals(masterGets + 5, gets(master), "REPLICA never reads from the master");
      }
    }
  }

  @Test
  void afterAFailoverTheReplicasAreAskedForAgain() {
    try (RedisServer first = RedisServers.startPrivate();
        RedisServer second = RedisServers.startReplicaOf(first);
        RedisServer third = RedisServers.startReplicaOf(first);
        RedPipeContext context = RedPipeContext.builder().executeTimeout(Duration.ofSeconds(5))
            .build()) {
      protect(first, second, third);
      try (RedisSentinel sentinel = sentinel(first);
          RedisClient a = admin(first);
          RedisSentinelClient client = client(sentinel);
          SentinelReplicas replicas = replicas(sentinel)) {
        written(sentinel, a, 2);
        connect(context, client, ReadFrom.REPLICA, replicas);
        long firstGets = gets(a);
        assertEquals("v1", read(context, null));
        assertEquals(firstGets, gets(a), "before: a replica of the first master");

        HostAndPort promoted = sentinel.failover(WAIT);
        RedisServer newMaster = promoted.equals(second.hostAndPort()) ? second : third;
        RedisServer other = newMaster == second ? third : second;
        awaitCurrentMaster(client, promoted);
        awaitReported(sentinel, other.hostAndPort());
        // Opened after the failover: the sentinel ended the connections of the servers it
        // reconfigured (CLIENT KILL TYPE normal).
        try (RedisClient newMasterAdmin = admin(newMaster)) {
          assertReadsOnReplicas(context, replicas, newMasterAdmin, promoted);
        }
      }
    }
  }

  /** A write goes to the promoted master, reads to the replicas the sentinel reports now. */
  private static void assertReadsOnReplicas(RedPipeContext context, SentinelReplicas replicas,
      RedisClient newMasterAdmin, HostAndPort promoted) {
    long promotedGets = gets(newMasterAdmin);
    try (Pipeline pipe = context.pipeline("orders")) {
      pipe.set("sr:key", "v2");
      pipe.execute();
    }
    assertEquals("v2", newMasterAdmin.get("sr:key"), "the write: the promoted master");
    newMasterAdmin.waitReplicas("sr:key", 1, 10_000);
    for (int i = 0; i < 3; i++) {
      String value = read(context, null);
      assertTrue(value.equals("v1") || value.equals("v2"), value);
    }
    assertEquals(promotedGets + 1, gets(newMasterAdmin), "after: no read on the new master"
        + " (its one GET is this test's check of the write)");
    assertFalse(replicas.replicas().contains(promoted), replicas.replicas().toString());
    assertNotEquals(List.of(), replicas.replicas());
  }

  private static void awaitCurrentMaster(RedisSentinelClient client, HostAndPort expected) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!expected.equals(client.getCurrentMaster())) {
      assertTrue(System.nanoTime() < deadline, "Jedis did not switch to " + expected);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
    }
  }

  private static void awaitReported(RedisSentinel sentinel, HostAndPort replica) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!sentinel.healthyReplicas().contains(replica)) {
      assertTrue(System.nanoTime() < deadline, "the sentinel did not report " + replica
          + " healthy: " + sentinel.replicas());
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
    }
  }
}
