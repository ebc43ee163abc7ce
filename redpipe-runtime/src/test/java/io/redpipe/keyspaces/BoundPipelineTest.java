package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * A keyspace bound to a pipeline on its own connection queues on that pipeline directly; these
 * tests pin that this behaves exactly like the nested pipeline per call it replaces.
 */
@RedisTest
class BoundPipelineTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("BP", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> ON_B = KeyspaceSpec.of("BPB", "b", Codecs.TEXT);

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void callsKeepTheirOrderWithTheBoundPipelinesOwnCommands(RedisClient client) {
    RedPipe.connect(client);
    try (Pipeline pipe = RedPipe.pipeline()) {
      StringKeyspace<String> ks = new StringKeyspace<>(TEXT, pipe);
      ks.set("order", "a");
      pipe.append(TEXT.key("order"), "b");
      ks.append("order", "c");
      Future<String> value = ks.get("order");
      pipe.execute();
      assertEquals("abc", value.get());
    }
    client.del(TEXT.key("order"));
  }

  @Test
  void aCallInAnAutoexecBodyThatThrowsIsNotSent(RedisClient client) {
    RedPipe.connect(client);
    try (Pipeline root = RedPipe.pipeline()) {
      assertThrows(IllegalStateException.class, () -> RedPipe.autoexec(root, pipe -> {
        new StringKeyspace<>(TEXT, pipe).set("thrown", "x");
        throw new IllegalStateException("body failed");
      }));
      root.execute();
    }
    assertNull(client.get(TEXT.key("thrown")));
  }

  @Test
  void aKeyspaceBoundToAClosedPipelineFails(RedisClient client) {
    RedPipe.connect(client);
    Pipeline pipe = RedPipe.pipeline();
    StringKeyspace<String> ks = new StringKeyspace<>(TEXT, pipe);
    pipe.close();
    assertThrows(InvalidPipeline.class, () -> ks.get("closed"));
  }

  @Test
  void aKeyspaceOnAnotherConnectionStillReachesItsOwnServer(RedisServer server,
      RedisClient client) {
    try (RedisClient other = server.newClient(redis.clients.jedis.RedisProtocol.RESP2)) {
      RedPipe.connect(client);
      RedPipe.connect("b", other);
      try (Pipeline pipe = RedPipe.pipeline()) {
        StringKeyspace<String> onB = new StringKeyspace<>(ON_B, pipe);
        StringKeyspace<String> onDefault = new StringKeyspace<>(TEXT, pipe);
        onB.set("x", "on b");
        onDefault.set("x", "on default");
        Future<List<String>> both = onB.mget("x");
        assertFalse(both.isReady());
        pipe.execute();
        assertEquals(List.of("on b"), both.get());
      }
      assertEquals("on default", client.get(TEXT.key("x")));
      client.del(TEXT.key("x"), ON_B.key("x"));
    }
  }
}
