/**
 * Testing without Redis: {@link io.redpipe.testkit.recording.RecordingRedis} is a Jedis client
 * whose connections record the bytes a server would receive and answer with canned replies, so
 * RedPipe code (raw commands, keyspaces, structs, nested pipelines, several connections) runs
 * unchanged in a unit test; {@link io.redpipe.testkit.recording.RecordingRedisCluster} does the
 * same for a Redis Cluster connection with in-process nodes on loopback ports, each recording its
 * own commands and round trips.
 */
package io.redpipe.testkit.recording;
