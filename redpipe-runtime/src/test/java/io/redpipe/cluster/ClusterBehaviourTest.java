package io.redpipe.cluster;

import io.redpipe.RedPipe;
import io.redpipe.testkit.RedisClusterTest;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.RedisClusterClient;

/** {@link PipelineBehaviourSuite} on a three-master Redis Cluster. */
@RedisClusterTest
class ClusterBehaviourTest extends PipelineBehaviourSuite {
  @BeforeEach
  void connect(RedisClusterClient redis) {
    client = redis;
    RedPipe.connect(redis);
  }
}
