package io.redpipe.keyspaces;

import io.redpipe.InvalidOperation;
import java.util.Objects;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.params.GeoSearchParam;

/**
 * A GEOSEARCH query: a center (a member or a point), a shape (radius or box), and optional
 * order, count, distances and coordinates. Mutable builder, one per call.
 *
 * @param <V> the Java type of the geo set's members
 */
public final class GeoSearch<V> {
  private V member;
  private Double lon;
  private Double lat;
  private Double radius;
  private Double width;
  private Double height;
  private GeoUnit unit;
  private Integer count;
  private Boolean asc;
  private boolean withDist;
  private boolean withCoord;

  private GeoSearch() {}

  /** Searches around {@code member} of the searched set. */
  public static <V> GeoSearch<V> fromMember(V member) {
    GeoSearch<V> q = new GeoSearch<>();
    q.member = Objects.requireNonNull(member, "member");
    return q;
  }

  /** Searches around a point. */
  public static <V> GeoSearch<V> fromPoint(double longitude, double latitude) {
    GeoSearch<V> q = new GeoSearch<>();
    q.lon = longitude;
    q.lat = latitude;
    return q;
  }

  /** Within {@code radius} of the center. */
  public GeoSearch<V> byRadius(double radius, GeoUnit unit) {
    this.radius = radius;
    this.unit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /** Within a {@code width} by {@code height} box centered on the center. */
  public GeoSearch<V> byBox(double width, double height, GeoUnit unit) {
    this.width = width;
    this.height = height;
    this.unit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /** At most {@code count} results (the nearest); InvalidOperation unless positive. */
  public GeoSearch<V> count(int count) {
    if (count < 1) {
      throw new InvalidOperation("a geo search count is " + count + "; use 1 or more");
    }
    this.count = count;
    return this;
  }

  /** Nearest first. */
  public GeoSearch<V> asc() {
    this.asc = true;
    return this;
  }

  /** Farthest first. */
  public GeoSearch<V> desc() {
    this.asc = false;
    return this;
  }

  /** Includes each result's distance from the center. */
  public GeoSearch<V> withDist() {
    this.withDist = true;
    return this;
  }

  /** Includes each result's coordinates. */
  public GeoSearch<V> withCoord() {
    this.withCoord = true;
    return this;
  }

  boolean hasDist() {
    return withDist;
  }

  boolean hasCoord() {
    return withCoord;
  }

  V member() {
    return member;
  }

  /** The Jedis parameters; the member is given already encoded. */
  GeoSearchParam toParam(String key, byte[] encodedMember, boolean forStore) {
    if (radius == null && width == null) {
      throw new InvalidOperation(key + ": a geo search needs byRadius(...) or byBox(...)");
    }
    if (radius != null && width != null) {
      throw new InvalidOperation(key + ": a geo search takes byRadius or byBox, not both");
    }
    if (forStore && (withDist || withCoord)) {
      throw new InvalidOperation(key + ": GEOSEARCHSTORE cannot return distances or coordinates;"
          + " drop withDist()/withCoord() (pass storeDist to store the distances as scores)");
    }
    GeoSearchParam p = GeoSearchParam.geoSearchParam();
    if (encodedMember != null) {
      p.fromMember(Keys.text(encodedMember));
    } else {
      p.fromLonLat(lon, lat);
    }
    if (radius != null) {
      p.byRadius(radius, unit);
    } else {
      p.byBox(width, height, unit);
    }
    if (asc != null) {
      if (asc) {
        p.asc();
      } else {
        p.desc();
      }
    }
    if (count != null) {
      p.count(count);
    }
    if (!forStore) {
      if (withDist) {
        p.withDist();
      }
      if (withCoord) {
        p.withCoord();
      }
    }
    return p;
  }
}
