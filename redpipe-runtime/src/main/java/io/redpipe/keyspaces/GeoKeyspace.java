package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.resps.GeoRadiusResponse;

/**
 * A keyspace of geo sets (sorted sets of positions); members are encoded with the spec's value
 * codec, which must produce UTF-8 text for members used as a search center.
 *
 * @param <V> the Java type of the members
 */
public class GeoKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public GeoKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  /** Redis' latitude limit (the Web Mercator bound). */
  private static final double MAX_LATITUDE = 85.05112878;

  /** InvalidValue naming the key and the member when a position is outside what Redis stores. */
  private void position(String id, Object member, double longitude, double latitude) {
    if (!(longitude >= -180 && longitude <= 180 && latitude >= -MAX_LATITUDE
        && latitude <= MAX_LATITUDE)) {
      throw new InvalidValue(key(id) + ": member " + member + " has position (" + longitude + ", "
          + latitude + "); use a longitude in [-180, 180] and a latitude in [-85.05112878,"
          + " 85.05112878]");
    }
  }

  /** GEOADD one member; 1 when added, 0 when updated. InvalidValue for an invalid position. */
  public Future<Long> geoadd(String id, V member, double longitude, double latitude) {
    position(id, member, longitude, latitude);
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return call(c -> c.geoadd(key, longitude, latitude, raw));
  }

  /** GEOADD several members; the number added. InvalidValue for an invalid position. */
  public Future<Long> geoadd(String id, Map<? extends V, GeoCoordinate> members) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      throw new InvalidOperation(key(id) + ": GEOADD needs at least one member");
    }
    Map<byte[], GeoCoordinate> raw = new LinkedHashMap<>();
    for (Map.Entry<? extends V, GeoCoordinate> e : members.entrySet()) {
      GeoCoordinate at = Objects.requireNonNull(e.getValue(), "coordinate of " + e.getKey());
      position(id, e.getKey(), at.getLongitude(), at.getLatitude());
      raw.put(encode(id, e.getKey()), at);
    }
    return call(c -> c.geoadd(key, raw));
  }

  /** GEOPOS: the position of each member, {@code null} for absent ones. */
  @SafeVarargs
  public final Future<List<GeoCoordinate>> geopos(String id, V... members) {
    requireSome(id, "GEOPOS", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return call(c -> c.geopos(key, raw));
  }

  /** GEODIST in {@code unit}; {@code null} when a member is absent. */
  public Future<Double> geodist(String id, V member1, V member2, GeoUnit unit) {
    byte[] key = rawKey(id);
    byte[] a = encode(id, member1);
    byte[] b = encode(id, member2);
    Objects.requireNonNull(unit, "unit");
    return call(c -> c.geodist(key, a, b, unit));
  }

  /** GEOHASH: the geohash string of each member, {@code null} for absent ones. */
  @SafeVarargs
  public final Future<List<String>> geohash(String id, V... members) {
    requireSome(id, "GEOHASH", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return call(c -> c.geohash(key, raw), hashes -> {
      List<String> out = new ArrayList<>();
      for (byte[] h : hashes) {
        out.add(Keys.text(h));
      }
      return out;
    });
  }

  /** The encoded center member, {@code null} for a point; it must be UTF-8 text (a Jedis limit). */
  private byte[] center(String id, GeoSearch<V> query) {
    if (query.member() == null) {
      return null;
    }
    byte[] raw = encode(id, query.member());
    if (!Arrays.equals(Keys.utf8(Keys.text(raw)), raw)) {
      throw new InvalidValue(key(id) + ": member " + query.member() + " is stored as bytes that"
          + " are not UTF-8 text and cannot be a search center; search from its position instead");
    }
    return raw;
  }

  /** GEOSEARCH: the members within the query's shape, decoded. */
  public Future<List<GeoMatch<V>>> geosearch(String id, GeoSearch<V> query) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(query, "query");
    GeoSearchParam param = query.toParam(key(id), center(id, query), false);
    boolean dist = query.hasDist();
    boolean coord = query.hasCoord();
    return call(c -> c.geosearch(key, param), results -> {
      List<GeoMatch<V>> out = new ArrayList<>();
      for (GeoRadiusResponse r : results) {
        out.add(new GeoMatch<>(decode(id, r.getMember()), dist ? r.getDistance() : null,
            coord ? r.getCoordinate() : null));
      }
      return out;
    });
  }

  /**
   * GEOSEARCHSTORE into {@code destinationId} (STOREDIST when {@code storeDist}: scores are the
   * distances); the number stored.
   */
  public Future<Long> geosearchStore(String destinationId, String id, GeoSearch<V> query, boolean storeDist) {
    byte[] destination = rawKey(destinationId);
    byte[] key = rawKey(id);
    Objects.requireNonNull(query, "query");
    GeoSearchParam param = query.toParam(key(id), center(id, query), true);
    return storeDist
        ? call(c -> c.geosearchStoreStoreDist(destination, key, param))
        : call(c -> c.geosearchStore(destination, key, param));
  }
}
