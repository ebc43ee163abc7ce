package io.redpipe.cluster;

import io.redpipe.RedPipe;
import io.redpipe.testkit.RedisTest;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.RedisClient;

/** {@link PipelineBehaviourSuite} on one Redis server. */
@RedisTest
class SingleServerBehaviourTest extends PipelineBehaviourSuite {
  @BeforeEach
  void connect(RedisClient redis) {
    client = redis;
    RedPipe.connect(redis);
  }
}
