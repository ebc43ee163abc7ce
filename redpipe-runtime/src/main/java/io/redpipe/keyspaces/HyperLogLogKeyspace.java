package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.Arrays;
import java.util.Objects;

/**
 * A keyspace of HyperLogLogs (approximate distinct counters); elements are encoded with the
 * spec's value codec.
 *
 * @param <V> the Java type of the counted elements
 */
public class HyperLogLogKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public HyperLogLogKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  /** PFADD; true when the estimate changed. */
  @SafeVarargs
  public final Future<Boolean> pfadd(String id, V... elements) {
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(elements));
    return call(c -> c.pfadd(key, raw), AbstractKeyspace::isOne);
  }

  /** PFCOUNT of the union of {@code ids}; 0 when all are missing. */
  public Future<Long> pfcount(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.pfcount(keys));
  }

  /** PFMERGE {@code ids} into {@code destinationId}; true. */
  public Future<Boolean> pfmerge(String destinationId, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    return call(c -> c.pfmerge(destination, keys), AbstractKeyspace::isOk);
  }
}
