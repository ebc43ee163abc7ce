package io.redpipe.examples.contexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.testkit.RedisTest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class AsyncLoadsTest {
  private static final long WAIT_SECONDS = 60;
  private final RedPipeContext context = RedPipeContext.builder().name("async-example").build();

  @BeforeEach
  void connect(RedisClient client) {
    context.connect(client);
  }

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void namesArriveOnTheStage(RedisClient client) throws Exception {
    UserStruct.create(UserStruct.with("al1").name("Ann"), context);
    UserStruct.create(UserStruct.with("al2").name("Bob"), context);
    assertEquals(Arrays.asList("Ann", "Bob", null), AsyncLoads.names(
        List.of("al1", "al2", "al-missing"), context).get(WAIT_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void aTotalOfManyCommandsAndItsFailure(RedisClient client) throws Exception {
    assertEquals(3L, AsyncLoads.visitAll(List.of("a", "b", "c"), context)
        .get(WAIT_SECONDS, TimeUnit.SECONDS));
    client.set("visits:text", "not a number");
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> AsyncLoads.visitAll(List.of("a", "text"), context)
            .get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof ResultFailed, e.toString());
    assertTrue(e.getCause().getCause() instanceof PipelineFailed, e.toString());
    assertEquals("2", client.get("visits:a"), "without a transaction the other INCR took effect");
  }
}
