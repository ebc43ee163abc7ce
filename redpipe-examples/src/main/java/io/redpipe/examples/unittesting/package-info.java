/**
 * Unit-testing data access without Redis: a small service whose test runs on a recording client
 * (see {@code io.redpipe.testkit.recording.RecordingRedis}).
 */
package io.redpipe.examples.unittesting;
