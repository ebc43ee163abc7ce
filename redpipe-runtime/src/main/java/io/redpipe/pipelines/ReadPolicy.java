package io.redpipe.pipelines;

import io.redpipe.connections.Connection;
import io.redpipe.connections.ReadFrom;
import java.util.HashMap;
import java.util.Map;

/**
 * A root pipeline's read policies ({@link Pipeline#readFrom(ReadFrom)}): one for every connection
 * and one per connection name, which wins; where neither is set, the connection's own. Immutable:
 * an execute takes the one in force when it starts.
 */
final class ReadPolicy {
  static final ReadPolicy CONNECTIONS = new ReadPolicy(null, Map.of());

  private final ReadFrom all;
  private final Map<String, ReadFrom> byName;

  private ReadPolicy(ReadFrom all, Map<String, ReadFrom> byName) {
    this.all = all;
    this.byName = byName;
  }

  /** This with {@code readFrom} for every connection ({@code null}: the connections' own). */
  ReadPolicy forAll(ReadFrom readFrom) {
    return new ReadPolicy(readFrom, byName);
  }

  /** This with {@code readFrom} for connection {@code name} ({@code null}: no setting). */
  ReadPolicy forName(String name, ReadFrom readFrom) {
    Map<String, ReadFrom> changed = new HashMap<>(byName);
    if (readFrom == null) {
      changed.remove(name);
    } else {
      changed.put(name, readFrom);
    }
    return new ReadPolicy(all, Map.copyOf(changed));
  }

  /** The policy for {@code connection}'s batch. */
  ReadFrom of(Connection connection) {
    ReadFrom named = byName.isEmpty() ? null : byName.get(connection.name());
    if (named != null) {
      return named;
    }
    return all != null ? all : connection.replicas().readFrom();
  }
}
