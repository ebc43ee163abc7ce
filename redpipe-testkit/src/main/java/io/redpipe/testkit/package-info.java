/**
 * Real Redis servers for RedPipe's tests, demo and benchmarks: never mocks.
 *
 * <p>{@link io.redpipe.testkit.RedisServers#start()} finds a server in this order:
 * <ol>
 *   <li>{@code REDIS_URL} when set ({@code redis://} or {@code rediss://}, with user and password);
 *   <li>a {@code redis:7} container through Testcontainers when a Docker engine answers;
 *   <li>{@code redis-server} found on the {@code PATH}, started on a free loopback port without
 *       persistence;
 *   <li>the {@code redis-server} binary shipped inside the {@code embedded-redis} artifact.
 * </ol>
 * {@link io.redpipe.testkit.RedisExtension} hands such a server to JUnit 5 tests.
 *
 * <p>{@link io.redpipe.testkit.RedisClusterFixture} starts a real Redis Cluster from the same
 * binaries ({@link io.redpipe.testkit.RedisClusterTest} shares one per test JVM), and
 * {@link io.redpipe.testkit.LatencyProxy} puts a fixed network delay in front of any server.
 *
 * <p>Fault tests take a server of their own from
 * {@link io.redpipe.testkit.RedisServers#startPrivate(String...)} and kill, pause, resume or
 * restart it ({@link io.redpipe.testkit.RedisServer#kill()} and the methods next to it); on a
 * cluster of their own they fail a master over, kill it, or pause a node
 * ({@link io.redpipe.testkit.RedisClusterFixture#failover},
 * {@link io.redpipe.testkit.RedisClusterFixture#killMaster},
 * {@link io.redpipe.testkit.RedisClusterFixture#pauseNode}).
 *
 * <p>Replica tests start a replica in sync with
 * {@link io.redpipe.testkit.RedisServers#startReplicaOf(RedisServer, String...)}, and a real
 * sentinel monitoring a master with {@link io.redpipe.testkit.RedisSentinel#monitor}.
 */
package io.redpipe.testkit;
