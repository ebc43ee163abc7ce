package io.redpipe.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * A context is independent of the default one: keyspaces and structs run on the context of the
 * pipeline (or context) they are given, never on RedPipe's default context, which stays
 * unconnected in these tests.
 */
@RedisTest
class ContextTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("CT", null, Codecs.TEXT);
  private final RedPipeContext context = RedPipeContext.builder().name("ctx-test").build();

  @AfterEach
  void close() {
    context.close();
    RedPipe.reset();
  }

  @Test
  void aNewContextHasNoConnectionAndNeedsNoIo() {
    try (RedPipeContext fresh = RedPipeContext.create()) {
      assertNull(fresh.connection(null));
      assertFalse(fresh.isClosed());
      assertTrue(fresh.name().startsWith("context-"), fresh.name());
      assertSame(fresh, fresh.context());
      InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> {
        try (Pipeline pipe = fresh.pipeline()) {
          pipe.get("ct:nothing");
          pipe.execute();
        }
      });
      assertTrue(e.getMessage().contains("of " + fresh + " is not configured: call"
          + " context.connect(client)"), e.getMessage());
    }
  }

  @Test
  void keyspacesAndStructsRunOnTheContextOfTheirPipeline(RedisClient client) {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      pipe.set(TEXT.key("raw"), "first");                 // a raw command first
      StringKeyspace<String> texts = new StringKeyspace<>(TEXT, pipe);
      texts.set("ks", "second");
      Future<String> raw = texts.get("raw");
      UserStruct jack = UserStruct.create(UserStruct.with("c1").name("Jack"), pipe);
      Future<Long> visits = pipe.hincrBy("U{c1}", "visits", 2);
      assertSame(context, pipe.context());
      pipe.execute();
      assertEquals("first", raw.get());
      assertEquals("Jack", jack.name());
      assertEquals(2L, visits.get());
    }
    assertEquals("second", client.get(TEXT.key("ks")));
    assertNull(RedPipe.defaultContext().connection(null), "the default context stays empty");
  }

  @Test
  void aContextScopeRunsEachCallAtOnceOnThatContext(RedisClient client) {
    context.connect(client);
    StringKeyspace<String> texts = new StringKeyspace<>(TEXT, context);
    assertEquals(1L, texts.append("now", "x").get());
    assertEquals("x", texts.get("now").get());
    assertSame(context, texts.context());
    UserStruct jill = UserStruct.create(UserStruct.with("c2").name("Jill").lastSeen(3L), context);
    assertEquals(Map.of("user_id", "c2", "name", "Jill", "last_seen", 3L), jill.asMap());
    assertEquals(4L, jill.incrLastSeen(1, context).get());
    UserStruct loaded = UserStruct.load("c2", context);
    assertEquals(4L, loaded.lastSeen());
    // The default context has no connection: a null scope fails there, naming RedPipe.connect.
    InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> UserStruct.load("c2", null));
    assertTrue(e.getMessage().contains("call RedPipe.connect(client)"), e.getMessage());
  }

  @Test
  void autoexecWithAPipelineOfAContextRunsOnThatContext(RedisClient client) {
    context.connect(client);
    try (Pipeline pipe = context.pipeline()) {
      Future<Long> incremented = RedPipe.autoexec(pipe, p -> p.incr("ct:auto"));
      assertSame(context, RedPipe.pipeline(pipe).context());
      pipe.execute();
      assertEquals(1L, incremented.get());
    }
    assertEquals(2L, (long) RedPipe.autoexec(context, p -> p.incr("ct:auto")).get());
  }

  @Test
  void aPipelineOfOneContextCannotNestInAnotherContextsPipeline(RedisClient client) {
    context.connect(client);
    RedPipe.connect(client);
    try (RedPipeContext other = RedPipeContext.builder().name("other").build();
        Pipeline pipe = context.pipeline()) {
      other.connect(client);
      InvalidPipeline nested = assertThrows(InvalidPipeline.class, () -> other.pipeline(pipe));
      assertTrue(nested.getMessage().startsWith("can't nest a pipeline of RedPipeContext 'other'"
          + " in root pipeline on the default connection (0 queued) of RedPipeContext"
          + " 'ctx-test'"), nested.getMessage());
      assertThrows(InvalidPipeline.class, () -> other.autoexec(pipe, p -> p.get("ct:x")));
      InvalidPipeline scope = assertThrows(InvalidPipeline.class,
          () -> other.autoexec(context, p -> p.get("ct:x")));
      assertTrue(scope.getMessage().contains("RedPipeContext 'ctx-test'")
          && scope.getMessage().contains("RedPipeContext 'other'"), scope.getMessage());
      assertThrows(InvalidPipeline.class,
          () -> RedPipe.defaultContext().pipeline(pipe, "anything"));
      assertEquals(0, pipe.toString().indexOf("root pipeline"), "nothing was queued on pipe");
    }
  }

  @Test
  void aClosedContextIsRefusedAndFailsTheFuturesOfAPendingPipeline(RedisClient client) {
    RedPipeContext closing = RedPipeContext.builder().name("closing").build();
    closing.connect(client);
    Pipeline pipe = closing.pipeline();
    Future<String> queued = pipe.set("ct:closed", "x");
    closing.close();
    closing.close();  // closing again does nothing
    assertTrue(closing.isClosed());
    InvalidPipeline e = assertThrows(InvalidPipeline.class, pipe::execute);
    assertEquals("RedPipeContext 'closing' (closed) is closed: create a new context with"
        + " RedPipeContext.create()", e.getMessage());
    assertTrue(queued.isFailed());
    assertSame(e, assertThrows(ResultFailed.class, queued::get).getCause());
    assertThrows(InvalidPipeline.class, closing::pipeline);
    assertThrows(InvalidPipeline.class, () -> closing.connect(client));
    assertThrows(InvalidPipeline.class, () -> new StringKeyspace<>(TEXT, closing).get("a"));
    assertThrows(InvalidPipeline.class, () -> UserStruct.load("c1", closing));
    assertFalse(client.exists("ct:closed"));
  }

  @Test
  void theDefaultContextCannotBeClosed() {
    InvalidOperation e = assertThrows(InvalidOperation.class,
        () -> RedPipe.defaultContext().close());
    assertTrue(e.getMessage().contains("RedPipe.reset()"), e.getMessage());
    assertFalse(RedPipe.defaultContext().isClosed());
    assertSame(RedPipe.defaultContext(), RedPipe.contextOf(null));
  }

  @Test
  void everyQueuedCommandIsCheckedAgainstTheConnectionItIsSentOn(RedisServer server,
      RedisClient client) {
    try (RedisClient resp2 = server.newClient(RedisProtocol.RESP2)) {
      context.connect("p", client, false, RedisProtocol.RESP3);
      try (Pipeline root = context.pipeline("p")) {
        context.disconnect("p");
        context.connect("p", resp2, false, RedisProtocol.RESP2);
        Pipeline nested = context.pipeline(root, "p");
        nested.hgetAll("ct:hash");     // built for the RESP2 connection: first in the queue
        nested.execute();
        root.hgetAll("ct:hash");       // built for the RESP3 one, whose replies differ
        InvalidPipeline e = assertThrows(InvalidPipeline.class, root::execute);
        assertTrue(e.getMessage().contains("RESP3 client"), e.getMessage());
      }
    }
  }
}
