package io.redpipe.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

/**
 * One tenant: a server and a context of its own, used by test classes that run in parallel with
 * each other (and with the rest of the suite). Each writes only its own tenant's name; seeing
 * another tenant's value, or a key on the wrong server, would mean the contexts share state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantWorkload {
  private static final KeyspaceSpec<String> OWNERS = KeyspaceSpec.of("owner", null, Codecs.TEXT);
  private static final int PIPELINES = 50;

  private final String tenant;
  private RedisServer server;
  private RedisClient client;
  private RedPipeContext context;

  TenantWorkload(String tenant) {
    this.tenant = tenant;
  }

  @BeforeAll
  void start() {
    server = RedisServers.startLocal();
    client = server.newClient();
    context = RedPipeContext.builder().name(tenant).build();
    context.connect(client);
  }

  @AfterAll
  void stop() {
    context.close();
    client.close();
    server.close();
  }

  @RepeatedTest(4)
  void pipelinesOfThisContextReachOnlyThisTenantsServer(RepetitionInfo repetition) {
    // The repetitions run in parallel too, on the one context of this tenant.
    String executes = "executes:" + repetition.getCurrentRepetition();
    List<Future<String>> owners = new ArrayList<>();
    List<UserStruct> users = new ArrayList<>();
    for (int i = 0; i < PIPELINES; i++) {
      try (Pipeline pipe = context.pipeline()) {
        StringKeyspace<String> keyspace = new StringKeyspace<>(OWNERS, pipe);
        keyspace.set(Integer.toString(i), tenant);
        owners.add(keyspace.get(Integer.toString(i)));
        users.add(UserStruct.create(UserStruct.with("t" + i).name(tenant), pipe));
        RedPipe.autoexec(pipe, p -> p.incr(executes));
        pipe.execute();
      }
    }
    for (int i = 0; i < PIPELINES; i++) {
      assertEquals(tenant, owners.get(i).get());
      assertEquals(tenant, users.get(i).name());
      assertEquals(tenant, client.get(OWNERS.key(Integer.toString(i))));
    }
    assertEquals(Integer.toString(PIPELINES), client.get(executes),
        "every execute of this repetition, and only those, reached this tenant's server");
  }
}
