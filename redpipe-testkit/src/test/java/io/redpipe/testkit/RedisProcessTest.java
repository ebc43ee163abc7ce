package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisProcessTest {

  @Test
  void theEmbeddedBinaryRunsAndStopsWithoutLeavingAProcess() {
    RedisProcess process = RedisProcess.start(RedisBinaries.embedded());
    long[] pids = process.isAlive() ? descendants(process) : new long[0];
    try (RedisClient jedis = RedisClient.create("127.0.0.1", process.port())) {
      assertEquals("PONG", jedis.ping());
      assertEquals("", jedis.configGet("save").get("save"));
    }
    process.close();
    assertFalse(process.isAlive());
    assertFalse(Files.exists(process.workDir()));
    for (long pid : pids) {
      ProcessHandle.of(pid).ifPresent(h -> assertFalse(h.isAlive(), "process " + pid));
    }
    process.close();
  }

  @Test
  void thePathBinaryIsPreferredWhenPresent() {
    RedisBinaries.onPath().ifPresent(path -> assertEquals(path, RedisBinaries.best()));
    assertTrue(Files.isExecutable(RedisBinaries.best()));
  }

  private static long[] descendants(RedisProcess process) {
    return ProcessHandle.allProcesses()
        .filter(h -> h.info().commandLine().map(c -> c.contains("--port " + process.port()))
            .orElse(false))
        .mapToLong(ProcessHandle::pid).toArray();
  }
}
