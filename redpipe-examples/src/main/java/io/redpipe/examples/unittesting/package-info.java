/**
 * Unit-testing data access without Redis: small services whose tests run on a recording client
 * (see {@code io.redpipe.testkit.recording.RecordingRedis}) and, for a cluster connection, on a
 * recording cluster ({@code io.redpipe.testkit.recording.RecordingRedisCluster}).
 */
package io.redpipe.examples.unittesting;
