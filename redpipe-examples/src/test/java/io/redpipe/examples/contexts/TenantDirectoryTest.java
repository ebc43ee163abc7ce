package io.redpipe.examples.contexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipe;
import io.redpipe.examples.annotated.UserKeyspace;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

/** Two tenants, two servers, two contexts, one JVM; the generated classes on each. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantDirectoryTest {
  private RedisServer serverA;
  private RedisServer serverB;

  @BeforeAll
  void start() {
    serverA = RedisServers.startLocal();
    serverB = RedisServers.startLocal();
  }

  @AfterAll
  void stop() {
    serverA.close();
    serverB.close();
  }

  @Test
  void twoTenantsInOneJvmKeepToTheirOwnServers() {
    try (RedisClient clientA = serverA.newClient(); RedisClient clientB = serverB.newClient();
        TenantDirectory a = new TenantDirectory("tenant-a", clientA);
        TenantDirectory b = new TenantDirectory("tenant-b", clientB)) {
      clientA.flushAll();
      clientB.flushAll();
      List<UserStruct> annAndBob = a.register(List.of("Ann", "Bob"));
      b.register(List.of("Zoe"));
      assertEquals("Bob", annAndBob.get(1).name());
      assertEquals("Ann", a.name("1"));
      assertEquals("Zoe", b.name("1"));
      assertNull(b.name("2"));
      assertEquals("2", clientA.get("registrations"));
      assertEquals("1", clientB.get("registrations"));
      assertEquals(1, a.login("1").logins());
      assertEquals(2, a.login("1").logins());
      assertEquals(1, b.login("1").logins());
      assertNull(RedPipe.defaultContext().connection(null), "nothing used the default context");
    }
  }

  @Test
  void registeringManyUsersCostsOneRoundTrip() {
    CountingSocketFactory sockets =
        new CountingSocketFactory(serverA.hostAndPort(), redis.clients.jedis.RedisProtocol.RESP3);
    try (RedisClient counted = sockets.newClient();
        TenantDirectory a = new TenantDirectory("counted", counted)) {
      long before = sockets.roundTrips();
      a.register(List.of("A", "B", "C", "D", "E", "F", "G", "H"));
      assertEquals(1, sockets.roundTrips() - before);
    }
  }

  @Test
  void theGeneratedClassesRefuseAPipelineOfAnotherTenant() {
    try (RedisClient clientA = serverA.newClient(); RedisClient clientB = serverB.newClient();
        TenantDirectory a = new TenantDirectory("tenant-a", clientA);
        TenantDirectory b = new TenantDirectory("tenant-b", clientB);
        Pipeline pipeOfA = a.context().pipeline()) {
      // A generated class given a pipeline of tenant a runs on tenant a, wherever it is called.
      UserKeyspace.of(pipeOfA).setName("x", "on a");
      assertThrows(InvalidPipeline.class, () -> b.context().pipeline(pipeOfA));
      pipeOfA.execute();
      assertEquals("on a", clientA.hget("user{x}", "name"));
      assertFalse(clientB.exists("user{x}"));
    }
  }

  @Test
  void aClosedTenantIsRefused() {
    try (RedisClient client = serverA.newClient()) {
      TenantDirectory closed = new TenantDirectory("closed", client);
      closed.close();
      InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> closed.name("1"));
      assertTrue(e.getMessage().contains("RedPipeContext 'closed'"), e.getMessage());
    }
  }
}
