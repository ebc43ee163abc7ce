package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidPipeline;
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
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
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

  /** Writes a key on the master and waits (bounded) until the replica acknowledged it. */
  private static void written(RedisClient master) {
    master.set("rr:synced", "yes");
    assertEquals(1L, master.waitReplicas("rr:synced", 1, 10_000),
        "the replica acknowledged the write");
  }

  /** A private master and its replica, in sync, with a key written through both. */
  private static final class Replicated implements AutoCloseable {
    final RedisServer masterServer;
    final RedisServer replicaServer;
    final RedisClient master;
    final RedisClient replica;

    Replicated() {
      masterServer = RedisServers.startPrivate();
      try {
        replicaServer = RedisServers.startReplicaOf(masterServer);
      } catch (RuntimeException e) {
        masterServer.close();
        throw e;
      }
      master = client(masterServer);
      replica = client(replicaServer);
      try {
        written(master);
      } catch (RuntimeException | Error e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      try (masterServer; replicaServer; master; replica) {
        // closes all four, the clients first
      }
    }
  }

  private static long calls(RedisClient server, String command) {
    return ServerCounters.calls(server::info, command);
  }

  @Test
  void readOnlyBatchesGoToTheReplicaAndABatchWithAWriteToTheMaster() {
    try (Replicated servers = new Replicated();
        RedPipeContext context = RedPipeContext.builder().build()) {
      RedisClient master = servers.master;
      RedisClient replica = servers.replica;
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
      assertEquals(servers.replicaServer.port(), read.port(), "the listener sees where it went");

      try (Pipeline pipe = context.pipeline()) {
        Future<String> synced = pipe.get("rr:synced");
        pipe.incr("rr:written");
        pipe.execute();
        assertEquals("yes", synced.get());
      }
      assertEquals(masterGets + 1, calls(master, "get"), "a batch with a write: the master");
      assertEquals(replicaGets + 1, calls(replica, "get"));
      assertEquals(servers.masterServer.port(),
          events.get(events.size() - 1).batches().get(0).port());

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
    try (Replicated servers = new Replicated();
        RedPipeContext context = RedPipeContext.builder().executeTimeout(Duration.ofSeconds(5))
            .build()) {
      RedisClient master = servers.master;
      RedisClient replica = servers.replica;
      context.connect(master);
      context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replica);
      servers.replicaServer.kill();
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

  @Test
  void aPipelinesPolicyOverridesTheConnectionsAndConnectingAgainKeepsTheConnections() {
    try (Replicated servers = new Replicated();
        RedPipeContext context = RedPipeContext.builder().build()) {
      RedisClient master = servers.master;
      RedisClient replica = servers.replica;
      context.connect(master);
      context.connection("").readFrom(ReadFrom.MASTER, replica);
      long replicaGets = calls(replica, "get");
      long masterGets = calls(master, "get");
      try (Pipeline pipe = context.pipeline().readFrom(ReadFrom.REPLICA)) {
        Future<String> synced = pipe.get("rr:synced");
        Pipeline nested = context.pipeline(pipe);
        Future<Boolean> exists = nested.exists("rr:synced");
        InvalidPipeline refused = assertThrows(InvalidPipeline.class,
            () -> nested.readFrom(ReadFrom.MASTER));
        assertTrue(refused.getMessage().contains("is for root pipelines"), refused.getMessage());
        nested.execute();
        pipe.execute();
        assertEquals("yes", synced.get());
        assertTrue(exists.get());
        assertEquals(replicaGets + 1, calls(replica, "get"), "the root's policy, nested included");
        assertEquals(masterGets, calls(master, "get"));

        pipe.readFrom("", ReadFrom.MASTER);  // the connection's setting wins over "every"
        Future<String> again = pipe.get("rr:synced");
        pipe.execute();
        assertEquals("yes", again.get());
        assertEquals(masterGets + 1, calls(master, "get"));
      }
      try (Pipeline pipe = context.pipeline()) {
        pipe.get("rr:synced");
        pipe.execute();
      }
      assertEquals(masterGets + 2, calls(master, "get"), "other pipelines: the connection's");

      context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replica);
      context.connect("", master, true);
      context.connect("", master, false);
      assertEquals(ReadFrom.PREFER_REPLICA, context.connection("").replicas().readFrom(),
          "connecting the same client again keeps the policy");
      try (Pipeline pipe = context.pipeline()) {
        pipe.get("rr:synced");
        pipe.execute();
      }
      assertEquals(replicaGets + 2, calls(replica, "get"));

      context.connect("plain", master);
      try (Pipeline pipe = context.pipeline("plain").readFrom(ReadFrom.REPLICA)) {
        Future<String> synced = pipe.get("rr:synced");
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("none is known"), failed.getMessage());
        assertTrue(synced.isFailed());
      }
      assertEquals(masterGets + 2, calls(master, "get"), "REPLICA never reads from the master");
    }
  }
}
