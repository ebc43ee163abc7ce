package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipe;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.RedisClient;

/**
 * Random operations on a tree of pipelines, in any order and on any pipeline of the tree (not
 * only the innermost), against a model where every pipeline keeps its own queue of commands and
 * callbacks, hands it to its parent on execute and drops it on close. What reaches Redis, in
 * which order, which callbacks run, and which calls fail must be the model's. Nested pipelines
 * use two connections (each with a list of its own), so the root queue holds commands of both.
 */
@RedisTest
class NestedQueueModelTest {
  /** A pipeline and its model queue. */
  private static final class Node {
    final Node parent;
    final Pipeline pipeline;
    /** The list this pipeline's commands push to: one per connection. */
    final String key;
    final List<String> commands = new ArrayList<>();
    final List<String> callbacks = new ArrayList<>();
    boolean closed;

    Node(Node parent, Pipeline pipeline, String key) {
      this.parent = parent;
      this.pipeline = pipeline;
      this.key = key + ":" + pipeline.connectionName();
    }
  }

  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomTreesBehaveLikeOneQueuePerPipeline(int seed, RedisClient client) {
    RedPipe.connect(client);
    RedPipe.connect("nqm-other", client);
    String key = "nqm:" + seed;
    Random random = new Random(seed);
    Map<String, List<String>> expectedSent = new HashMap<>();
    expectedSent.put(key + ":", new ArrayList<>());
    expectedSent.put(key + ":nqm-other", new ArrayList<>());
    List<String> expectedRan = new ArrayList<>();
    List<String> ran = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    Node root = new Node(null, RedPipe.pipeline(), key);
    nodes.add(root);
    for (int step = 0; step < 300; step++) {
      Node node = nodes.get(random.nextInt(nodes.size()));
      String marker = "m" + step;
      int op = random.nextInt(100);
      if (op < 20) {
        if (node.closed) {
          assertThrows(InvalidPipeline.class, () -> RedPipe.pipeline(node.pipeline));
        } else {
          String name = random.nextBoolean() ? "" : "nqm-other";
          nodes.add(new Node(node, RedPipe.pipeline(node.pipeline, name), key));
        }
      } else if (op < 55) {
        if (node.closed) {
          assertThrows(InvalidPipeline.class, () -> node.pipeline.rpush(node.key, marker));
        } else {
          node.pipeline.rpush(node.key, marker);
          node.commands.add(node.key + " " + marker);
        }
      } else if (op < 70) {
        if (node.closed) {
          assertThrows(InvalidPipeline.class, () -> node.pipeline.onExecute(() -> {}));
        } else {
          node.pipeline.onExecute(() -> ran.add(marker));
          node.callbacks.add(marker);
        }
      } else if (op < 93) {
        execute(node, expectedSent, expectedRan);
      } else if (node != root || random.nextInt(4) == 0) {
        node.pipeline.close();
        node.closed = true;
        node.commands.clear();
        node.callbacks.clear();
      }
      for (Map.Entry<String, List<String>> list : expectedSent.entrySet()) {
        assertEquals(list.getValue(), client.lrange(list.getKey(), 0, -1),
            "seed " + seed + " step " + step + " " + list.getKey());
      }
      assertEquals(expectedRan, ran, "seed " + seed + " step " + step);
    }
    client.del(key + ":", key + ":nqm-other");
  }

  private static void execute(Node node, Map<String, List<String>> expectedSent,
      List<String> expectedRan) {
    if (node.closed) {
      assertThrows(InvalidPipeline.class, node.pipeline::execute);
      return;
    }
    List<String> commands = new ArrayList<>(node.commands);
    List<String> callbacks = new ArrayList<>(node.callbacks);
    node.commands.clear();
    node.callbacks.clear();
    if (node.parent == null) {
      node.pipeline.execute();
      for (String command : commands) {
        String[] keyAndMarker = command.split(" ");
        expectedSent.get(keyAndMarker[0]).add(keyAndMarker[1]);
      }
      expectedRan.addAll(callbacks);
    } else if (node.parent.closed) {
      assertThrows(InvalidPipeline.class, node.pipeline::execute);
    } else {
      node.pipeline.execute();
      node.parent.commands.addAll(commands);
      node.parent.callbacks.addAll(callbacks);
    }
  }

  @Test
  void aRootExecutedTwiceSendsOnlyWhatCameSince(RedisClient client) {
    RedPipe.connect(client);
    String key = "nqm:twice";
    try (Pipeline root = RedPipe.pipeline()) {
      root.rpush(key, "a");
      root.execute();
      root.execute();
      Pipeline nested = RedPipe.pipeline(root);
      nested.rpush(key, "b");
      nested.execute();
      root.execute();
      root.execute();
    }
    assertEquals(List.of("a", "b"), client.lrange(key, 0, -1));
  }
}
