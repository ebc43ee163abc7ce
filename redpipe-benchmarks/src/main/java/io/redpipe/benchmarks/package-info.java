/**
 * JMH benchmarks of RedPipe against raw Jedis, Redisson and Lettuce on real Redis servers started
 * by the benchmark itself, on loopback and through a {@link io.redpipe.testkit.LatencyProxy}; and
 * {@link io.redpipe.benchmarks.BenchmarkChart}, which draws docs/benchmarks.png from JMH's JSON.
 */
package io.redpipe.benchmarks;
