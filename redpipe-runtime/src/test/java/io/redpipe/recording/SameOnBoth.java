package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.recording.RecordedCommand;
import io.redpipe.testkit.recording.RecordingRedis;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * Runs one piece of data access on a real server and on a recording with canned replies, and
 * checks that the recording holds the bytes the server received, with as many round trips, and
 * that the canned replies gave the same typed results.
 */
final class SameOnBoth {
  /** Data access under test; adds the values it read to {@code results}. */
  interface Work {
    void run(RedPipeContext context, List<Object> results);
  }

  /** What one run sent and read. */
  record Run(List<RecordedCommand> commands, int roundTrips, List<Object> results) {}

  private SameOnBoth() {}

  /**
   * Runs {@code work} on {@code server} and on {@code recording}, both speaking
   * {@code protocol}, connected with or without {@code transaction}; asserts they agree.
   *
   * @return the recording's run, for further checks
   */
  static Run check(RedisServer server, RecordingRedis recording, RedisProtocol protocol,
      boolean transaction, Work work) {
    Run real = onServer(server, protocol, transaction, work);
    Run canned = onRecording(recording, protocol, transaction, work);
    assertEquals(real.commands(), canned.commands(), "the same bytes, command by command");
    assertEquals(real.roundTrips(), canned.roundTrips(), "as many round trips");
    assertEquals(real.results(), canned.results(),
        "canned replies give the typed results the server's did");
    return canned;
  }

  static Run onServer(RedisServer server, RedisProtocol protocol, boolean transaction,
      Work work) {
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(), protocol);
    List<Object> results = new ArrayList<>();
    int roundTrips;
    try (RedisClient client = sockets.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(RedPipe.DEFAULT, client, transaction);
      int before = sockets.roundTrips();  // the connection's handshake and RedPipe's HELLO
      work.run(context, results);
      roundTrips = sockets.roundTrips() - before;
    }
    return new Run(RecordingRedis.parse(sockets.written()), roundTrips, results);
  }

  static Run onRecording(RecordingRedis recording, RedisProtocol protocol, boolean transaction,
      Work work) {
    recording.clear();
    List<Object> results = new ArrayList<>();
    try (RedisClient client = recording.newClient(protocol);
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(RedPipe.DEFAULT, client, transaction);
      work.run(context, results);
    }
    return new Run(recording.commands(), recording.roundTrips(), results);
  }
}
