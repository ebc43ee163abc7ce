package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.SortedSetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.ServerCounters;
import io.redpipe.testkit.recording.RecordedCommand;
import io.redpipe.testkit.recording.RecordingRedisCluster;
import io.redpipe.testkit.recording.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * A function on a cluster connection records on a {@code RecordingRedisCluster}, node by node,
 * exactly the commands each node of a real Redis Cluster runs ({@code MONITOR}), in as many round
 * trips as the real node reads from its clients ({@code total_reads_processed}), and canned
 * replies give the typed results of the real cluster's.
 */
@RedisClusterTest
class RecordingClusterFaithfulnessTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("RC", null, Codecs.TEXT);
  private static final KeyspaceSpec<Long> RANKS = KeyspaceSpec.of("RR", null, Codecs.INTEGER);

  /** One execute over ids on several nodes: struct, hash, sorted-set and string calls. */
  private static List<Object> work(RedPipeContext context, List<String> ids) {
    List<Object> results = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      List<UserStruct> users = new ArrayList<>();
      List<Future<?>> futures = new ArrayList<>();
      for (String id : ids) {
        users.add(UserStruct.create(UserStruct.with(id).name("N" + id).lastSeen(5L), pipe));
        futures.add(new HashKeyspace(HashSchema.builder("U").build(), pipe)
            .hincrby(id, "visits", 1));
        futures.add(new SortedSetKeyspace<>(RANKS, pipe).zadd(id, Map.of(7L, 1.5)));
        StringKeyspace<String> texts = new StringKeyspace<>(TEXT, pipe);
        texts.set(id, "v" + id);
        futures.add(texts.get(id));
      }
      pipe.execute();
      users.forEach(user -> results.add(user.asMap()));
      futures.forEach(future -> results.add(future.get()));
    }
    return results;
  }

  /** Touches every id's node, so the measured execute opens no connection (no handshake). */
  private static void warmUp(RedPipeContext context, List<String> ids) {
    context.autoexec(null, pipe -> {
      ids.forEach(id -> pipe.exists("RC{" + id + "}"));
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void eachNodeRecordsWhatTheRealNodeRuns(RedisProtocol protocol, RedisClusterFixture fixture)
      throws IOException {
    List<HostAndPort> masters = new ArrayList<>(fixture.masters());
    try (RecordingRedisCluster recording = RecordingRedisCluster.create(masters.size())
        .answer("EXISTS", Reply.integer(0))
        .answer("HSET", Reply.integer(2))
        .answer(command -> command.name().equals("HGETALL")
            ? Reply.map("name", "N" + id(command.key()), "last_seen", "5") : null)
        .answer("HINCRBY", Reply.integer(1))
        .answer("ZADD", Reply.integer(1))
        .answer("SET", Reply.ok())
        .answer(command -> command.name().equals("GET")
            ? Reply.bulk("v" + id(command.key())) : null)) {
      Map<HostAndPort, HostAndPort> recordingNodeOf = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; recordingNodeOf.size() < masters.size() && i < 10_000; i++) {
        String id = "f" + protocol.ordinal() + i;
        HostAndPort real = fixture.masterFor("{" + id + "}");
        HostAndPort recorded = recording.nodeFor("{" + id + "}");
        if (!recordingNodeOf.containsKey(real) && !recordingNodeOf.containsValue(recorded)) {
          recordingNodeOf.put(real, recorded);
          ids.add(id);
        }
      }
      assertEquals(masters.size(), ids.size(), "one id per node");

      Map<HostAndPort, List<RecordedCommand>> received = new LinkedHashMap<>();
      Map<HostAndPort, Long> reads = new LinkedHashMap<>();
      List<Object> real;
      try (RedisClusterClient client = fixture.newClient(protocol);
          RedPipeContext context = RedPipeContext.create()) {
        ids.forEach(id -> clean(client, id));
        context.connect(client);
        warmUp(context, ids);
        List<NodeMonitor> monitors = new ArrayList<>();
        List<Jedis> admins = new ArrayList<>();
        try {
          for (HostAndPort master : masters) {
            monitors.add(NodeMonitor.start(master));
            admins.add(fixture.connect(master));
          }
          long[] before = new long[masters.size()];
          for (int i = 0; i < masters.size(); i++) {
            before[i] = ServerCounters.reads(admins.get(i)::info);
          }
          real = work(context, ids);
          for (int i = 0; i < masters.size(); i++) {
            // less the read of this INFO itself
            reads.put(masters.get(i), ServerCounters.reads(admins.get(i)::info) - before[i] - 1);
            admins.get(i).echo("end-of-work");
            List<RecordedCommand> ran = new ArrayList<>(monitors.get(i).until("end-of-work"));
            ran.removeIf(command -> command.toString().equals("INFO stats"));  // this test's own
            received.put(masters.get(i), ran);
          }
        } finally {
          for (NodeMonitor monitor : monitors) {
            monitor.close();
          }
          admins.forEach(Jedis::close);
        }
      }

      List<Object> canned;
      try (RedisClusterClient client = recording.newClient(protocol);
          RedPipeContext context = RedPipeContext.create()) {
        context.connect(client);
        warmUp(context, ids);
        recording.clear();
        canned = work(context, ids);
      }
      for (HostAndPort master : masters) {
        HostAndPort node = recordingNodeOf.get(master);
        assertEquals(received.get(master), recording.commands(node),
            "the same bytes on the node of " + master);
        assertEquals(6, recording.commands(node).size());
        assertEquals(reads.get(master), (long) recording.roundTrips(node),
            "as many round trips to the node of " + master);
        assertEquals(1, recording.roundTrips(node));
      }
      assertEquals(real, canned, "canned replies give the typed results the cluster's did");
    }
  }

  /** The id inside a key's hash tag: {@code U{f01}} gives {@code f01}. */
  private static String id(String key) {
    return key.substring(key.indexOf('{') + 1, key.indexOf('}'));
  }

  private static void clean(UnifiedJedis client, String id) {
    client.del("U{" + id + "}");
    client.del("RR{" + id + "}");
    client.del("RC{" + id + "}");
  }
}
