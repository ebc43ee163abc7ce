package io.redpipe.examples.hashfields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class HashFieldsTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void typedSettersAndViewStoreWhatPythonStores(RedisClient client) {
    RedPipe.connect(client);
    Person fred = HashFields.save("fred", "Fred", "Flintstone", true, 1.5e9, List.of("a", "b"),
        null).get();
    assertEquals("Fred", fred.firstName());
    assertEquals(true, fred.admin());
    assertEquals(1.5e9, fred.lastSeen());
    assertEquals(List.of("a", "b"), fred.tags());
    assertEquals(1L, fred.visits());
    assertEquals(Map.of("first_name", "Fred", "last_name", "Flintstone", "admin", "1",
        "last_seen", "1500000000", "tags", "a,b", "visits", "1"), client.hgetAll("Person{fred}"));
  }

  @Test
  void mapsAreEncodedPerMemberAndSharedPipelines(RedisClient client) {
    RedPipe.connect(client);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("first_name", "Wilma");
    data.put("admin", false);
    data.put("visits", 3L);
    data.put("extra", Map.of("likes", "bowling"));
    data.put("nickname", "Wil");          // undeclared: TEXT
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Map<String, Object>> wilma = HashFields.saveMap("wilma", data, pipe);
      Future<Person> barney = HashFields.save("barney", "Barney", "Rubble", false, 2.25,
          List.of(), pipe);
      pipe.execute();
      assertEquals(data, wilma.get());
      assertEquals("Rubble", barney.get().lastName());
      assertEquals(false, barney.get().admin());
    }
    assertEquals("{\"likes\": \"bowling\"}", client.hget("Person{wilma}", "extra"));
    assertEquals("", client.hget("Person{wilma}", "admin"));
  }
}
