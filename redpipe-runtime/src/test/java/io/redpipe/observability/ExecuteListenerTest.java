package io.redpipe.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The facts a listener receives, for real executes. */
@RedisTest
@io.redpipe.testkit.RedisClusterTest
class ExecuteListenerTest {
  /** Records every event, and the state its start returned. */
  static final class Recording implements ExecuteListener {
    final List<ExecuteEvent> events = new ArrayList<>();
    final List<Object> states = new ArrayList<>();
    final List<String> startedOn = new ArrayList<>();

    @Override
    public Object executeStarted(String context, int commands) {
      startedOn.add(Thread.currentThread().getName());
      return "state-" + commands;
    }

    @Override
    public synchronized void executeEnded(ExecuteEvent event, Object state) {
      events.add(event);
      states.add(state);
    }
  }

  private final Recording recording = new Recording();
  private final RedPipeContext context =
      RedPipeContext.builder().name("observed").listener(recording).build();

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void aSingleServerExecuteIsOneRoundTripOfItsCommands(RedisServer server, RedisClient client) {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      pipe.set("el:a", "1");
      pipe.get("el:a");
      pipe.incr("el:n");
      pipe.onExecute(() -> assertEquals(1, recording.events.size(), "ended before callbacks"));
      pipe.execute();
    }
    assertEquals(1, recording.events.size());
    ExecuteEvent event = recording.events.get(0);
    assertEquals("state-3", recording.states.get(0));
    assertEquals("observed", event.context());
    assertEquals(3, event.commands());
    assertEquals(1, event.roundTrips());
    assertEquals(Outcome.SUCCESS, event.outcome());
    assertNull(event.failure());
    assertFalse(event.async());
    assertTrue(event.durationNanos() > 0);
    BatchEvent batch = event.batches().get(0);
    assertEquals("", batch.connection());
    assertEquals(server.hostAndPort().toString(), batch.server());
    assertEquals(3, batch.commands());
    assertFalse(batch.cluster());
    assertFalse(batch.transaction());
    assertTrue(batch.written());
    assertEquals(List.of(""), event.connections());
  }

  @Test
  void anEmptyExecuteIsNotReported(RedisClient client) {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      pipe.execute();
    }
    assertEquals(List.of(), recording.events);
  }

  @Test
  void twoConnectionsAndATransactionAreOneBatchEach(RedisClient client) {
    context.connect("plain", client, false);
    context.connect("tx", client, true);
    try (Pipeline pipe = context.pipeline("plain")) {
      pipe.incr("el:plain");
      Pipeline tx = context.pipeline(pipe, "tx");
      tx.incr("el:tx");
      tx.incr("el:tx");
      tx.execute();
      pipe.execute();
    }
    ExecuteEvent event = recording.events.get(0);
    assertEquals(2, event.roundTrips());
    assertEquals(3, event.commands());
    BatchEvent tx = event.batches().stream().filter(b -> b.connection().equals("tx"))
        .findFirst().orElseThrow();
    assertTrue(tx.transaction());
    assertEquals(2, tx.commands());
    BatchEvent plain = event.batches().stream().filter(b -> b.connection().equals("plain"))
        .findFirst().orElseThrow();
    assertFalse(plain.transaction());
  }

  @Test
  void aFailedExecuteNamesItsOutcomeAndFailures(RedisClient client) {
    context.connect(client);
    client.set("el:string", "x");
    PipelineFailed failed;
    try (Pipeline pipe = context.pipeline()) {
      pipe.hget("el:string", "f");
      pipe.incr("el:string");
      pipe.get("el:fine");
      failed = assertThrows(PipelineFailed.class, pipe::execute);
    }
    ExecuteEvent event = recording.events.get(0);
    assertEquals(Outcome.COMMAND_FAILED, event.outcome());
    assertSame(failed, event.failure());
    assertEquals(2, event.failures());
    assertEquals(2, event.batches().get(0).failedCommands());
    assertEquals(Outcome.COMMAND_FAILED, event.batches().get(0).outcome());
  }

  @Test
  void anExecuteRefusedBeforeSendingIsReportedWithoutBatches(RedisClient client) {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      Pipeline missing = context.pipeline(pipe, "missing");
      missing.get("el:x");
      missing.execute();
      assertThrows(io.redpipe.InvalidPipeline.class, pipe::execute);
    }
    ExecuteEvent event = recording.events.get(0);
    assertEquals(Outcome.REFUSED, event.outcome());
    assertEquals(0, event.roundTrips());
  }

  @Test
  void anAsyncExecuteStartsInTheCallingThread(RedisClient client) throws Exception {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      pipe.incr("el:async");
      pipe.executeAsync().get(60, TimeUnit.SECONDS);
    }
    assertEquals(List.of(Thread.currentThread().getName()), recording.startedOn);
    assertTrue(recording.events.get(0).async());
  }

  @Test
  void aThrowingListenerNeverBreaksAnExecute(RedisClient client) {
    context.addListener(new ExecuteListener() {
      @Override
      public Object executeStarted(String name, int commands) {
        throw new IllegalStateException("broken listener (start)");
      }

      @Override
      public void executeEnded(ExecuteEvent event, Object state) {
        throw new IllegalStateException("broken listener (end)");
      }
    });
    context.connect(client);
    for (int i = 0; i < 3; i++) {
      try (Pipeline pipe = context.pipeline()) {
        Future<Long> n = pipe.incr("el:throwing");
        pipe.execute();
        assertTrue(n.get() >= 1);
      }
    }
    assertEquals(3, recording.events.size(), "the other listener saw every execute");
  }

  @Test
  void aClusterExecuteCountsTheMovedRedirectAndItsRetry(RedisClusterFixture cluster) {
    try (RedisClusterClient client = cluster.newClient()) {
      context.connect("c", client);
      String tag = "{el-moved}";
      int slot = JedisClusterCRC16.getSlot(tag);
      try (Pipeline pipe = context.pipeline("c")) {
        pipe.set("a" + tag, "1");
        pipe.execute();
      }
      HostAndPort source = cluster.masterFor(slot);
      HostAndPort target = cluster.masters().stream().filter(m -> !m.equals(source))
          .findFirst().orElseThrow();
      cluster.migrateSlot(slot, target);
      try (Pipeline pipe = context.pipeline("c")) {
        Future<String> a = pipe.get("a" + tag);
        pipe.execute();
        assertEquals("1", a.get());
      }
      ExecuteEvent moved = recording.events.get(1);
      assertEquals(Outcome.SUCCESS, moved.outcome());
      assertEquals(1, moved.redirects());
      assertEquals(2, moved.roundTrips(), "the first try and the retry");
      BatchEvent first = moved.batches().stream().filter(b -> !b.retry()).findFirst().orElseThrow();
      BatchEvent retry = moved.batches().stream().filter(BatchEvent::retry).findFirst().orElseThrow();
      assertEquals(1, first.moved());
      assertEquals(source.toString(), first.server());
      assertEquals(target.toString(), retry.server());
      assertTrue(retry.cluster());
      assertTrue(io.redpipe.observability.ExecuteLogger.describe(moved).contains("1 redirect(s)"));
    }
  }
}
