package io.redpipe.keyspaces;

import java.util.Objects;
import redis.clients.jedis.GeoCoordinate;

/**
 * One GEOSEARCH result: the decoded member, and its distance and coordinates when asked for
 * ({@code null} otherwise).
 *
 * @param <V> the Java type of the member
 */
public final class GeoMatch<V> {
  private final V member;
  private final Double distance;
  private final GeoCoordinate coordinate;

  GeoMatch(V member, Double distance, GeoCoordinate coordinate) {
    this.member = member;
    this.distance = distance;
    this.coordinate = coordinate;
  }

  /** The member. */
  public V member() {
    return member;
  }

  /** The distance from the center in the query's unit, or {@code null} without withDist. */
  public Double distance() {
    return distance;
  }

  /** The coordinates, or {@code null} without withCoord. */
  public GeoCoordinate coordinate() {
    return coordinate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoMatch && Objects.equals(member, ((GeoMatch<?>) o).member)
        && Objects.equals(distance, ((GeoMatch<?>) o).distance)
        && Objects.equals(coordinate, ((GeoMatch<?>) o).coordinate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, distance, coordinate);
  }

  @Override
  public String toString() {
    return "GeoMatch{" + member + (distance == null ? "" : ", distance=" + distance)
        + (coordinate == null ? "" : ", " + coordinate) + "}";
  }
}
