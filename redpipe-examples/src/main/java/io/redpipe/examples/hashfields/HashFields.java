package io.redpipe.examples.hashfields;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import java.util.Map;

/**
 * Typed hash fields through the generated {@link PersonKeyspace}: typed setters and getters,
 * the untyped {@code hset}/{@code hgetall} that still encode per field, and a typed view.
 */
public final class HashFields {
  private HashFields() {}

  /** Stores a person with typed setters and reads it back as a {@link Person}, in one round trip. */
  public static Future<Person> save(String id, String first, String last, boolean admin,
      double lastSeen, List<String> tags, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      PersonKeyspace people = PersonKeyspace.of(pipe);
      people.setFirstName(id, first);
      people.setLastName(id, last);
      people.setAdmin(id, admin);
      people.setLastSeen(id, lastSeen);
      people.setTags(id, tags);
      people.incrVisits(id, 1);
      return people.view(id);
    });
  }

  /**
   * Python's {@code u.hmset(key, data); u.hgetall(key)}: a map of values written member by member
   * with each member's own encoding, read back decoded.
   */
  public static Future<Map<String, Object>> saveMap(String id, Map<String, ?> data,
      Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      PersonKeyspace people = PersonKeyspace.of(pipe);
      people.hset(id, data);
      return people.hgetall(id);
    });
  }
}
