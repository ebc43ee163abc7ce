package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/** A failed command that carries a credential never shows it in a message. */
@RedisTest
class FaultSecretsTest {
  @Test
  void aFailedAuthShowsNoneOfItsArguments(RedisClient client) {
    try (RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        Future<String> auth = pipe.executeCommand(new CommandObject<>(
            new CommandArguments(Protocol.Command.AUTH).add("nobody").add("s3cret-value"),
            BuilderFactory.STRING));
        Future<String> config = pipe.executeCommand(new CommandObject<>(
            new CommandArguments(Protocol.Command.CONFIG).add("SET").add("no-such-option")
                .add("s3cret-value"), BuilderFactory.STRING));
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("AUTH (arguments hidden"), failed.getMessage());
        assertTrue(failed.getMessage().contains("CONFIG b'SET' (arguments hidden"),
            failed.getMessage());
        assertFalse(failed.getMessage().contains("s3cret"), failed.getMessage());
        assertFalse(failed.getMessage().contains("nobody"), failed.getMessage());
        ResultFailed e = assertThrows(ResultFailed.class, auth::get);
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(config.isFailed());
      }
    }
  }
}
