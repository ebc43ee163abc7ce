package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.ReadFrom;
import io.redpipe.futures.Future;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.ServerCounters;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * Reads from a real replica ({@code REPLICAOF} a private master): read-only batches go to the
 * replica by the connection's policy, a batch with a write goes to the master, a stopped replica
 * falls back to the master (PREFER_REPLICA) or fails the execute (REPLICA).
 */
class ReplicaReadTest {
  private static RedisClient client(RedisServer server) {
    return RedisClient.builder().hostAndPort(server.hostAndPort())
        .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build()).build();
  }

  /** Makes {@code replica} replicate {@code master} and waits (bounded) until it is in sync. */
  private static void replicate(RedisClient master, RedisServer masterServer, RedisClient replica,
      RedisServer replicaServer) {
    try (Jedis admin = new Jedis(replicaServer.hostAndPort())) {
      admin.replicaof(masterServer.host(), masterServer.port());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!replica.info("replication").contains("master_link_status:up")) {
      assertTrue(System.nanoTime() < deadline, "the replica did not sync within 20 s");
      LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
    }
    master.set("rr:synced", "yes");
    assertEquals(1L, master.waitReplicas("rr:synced", 1, 10_000),
        "the replica acknowledged the write");
  }

  private static long calls(RedisClient server, String command) {
    return ServerCounters.calls(server::info, command);
  }

  @Test
  void readOnlyBatchesGoToTheReplicaAndABatchWithAWriteToTheMaster() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startPrivate();
        RedisClient master = client(masterServer);
        RedisClient replica = client(replicaServer);
        RedPipeContext context = RedPipeContext.builder().build()) {
      replicate(master, masterServer, replica, replicaServer);
      List<ExecuteEvent> events = new CopyOnWriteArrayList<>();
      context.addListener((event, state) -> events.add(event));
      context.connect(master);
      context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replica);
      long replicaGets = calls(replica, "get");
      long masterGets = calls(master, "get");
      try (Pipeline pipe = context.pipeline()) {
        Future<String> synced = pipe.get("rr:synced");
        Future<Boolean> exists = pipe.exists("rr:synced");
        pipe.execute();
        assertEquals("yes", synced.get());
        assertTrue(exists.get());
      }
      assertEquals(replicaGets + 1, calls(replica, "get"), "the read-only batch: the replica");
      assertEquals(masterGets, calls(master, "get"));
      BatchEvent read = events.get(events.size() - 1).batches().get(0);
      assertEquals(replicaServer.port(), read.port(), "the listener sees where it went");

      try (Pipeline pipe = context.pipeline()) {
        Future<String> synced = pipe.get("rr:synced");
        pipe.incr("rr:written");
        pipe.execute();
        assertEquals("yes", synced.get());
      }
      assertEquals(masterGets + 1, calls(master, "get"), "a batch with a write: the master");
      assertEquals(replicaGets + 1, calls(replica, "get"));
      assertEquals(masterServer.port(), events.get(events.size() - 1).batches().get(0).port());

      context.connect("tx", master, true);
      context.connection("tx").readFrom(ReadFrom.REPLICA, replica);
      try (Pipeline pipe = context.pipeline("tx")) {
        Future<String> synced = pipe.get("rr:synced");
        pipe.execute();
        assertEquals("yes", synced.get());
      }
      assertEquals(masterGets + 2, calls(master, "get"), "a transaction: the master");
      assertEquals(replicaGets + 1, calls(replica, "get"));
    }
  }

  @Test
  void aStoppedReplicaFallsBackToTheMasterOrFailsTheExecuteByPolicy() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startPrivate();
        RedisClient master = client(masterServer);
        RedisClient replica = client(replicaServer);
        RedPipeContext context = RedPipeContext.builder().executeTimeout(Duration.ofSeconds(5))
            .build()) {
      replicate(master, masterServer, replica, replicaServer);
      context.connect(master);
      context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replica);
      replicaServer.kill();
      for (int i = 0; i < 3; i++) {
        try (Pipeline pipe = context.pipeline()) {
          Future<String> synced = pipe.get("rr:synced");
          pipe.execute();
          assertEquals("yes", synced.get(), "execute " + i + ": the master answered");
        }
      }
      context.connection("").readFrom(ReadFrom.REPLICA, replica);
      try (Pipeline pipe = context.pipeline()) {
        Future<String> synced = pipe.get("rr:synced");
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("(a replica)"),
            failed.getMessage());
        assertTrue(synced.isFailed());
      }
    }
  }
}
