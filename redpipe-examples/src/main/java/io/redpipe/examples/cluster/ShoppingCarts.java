package io.redpipe.examples.cluster;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClusterClient;

/**
 * Shopping carts on a Redis Cluster. Every key of one user carries the user id as its hash tag
 * ({@code cart{ann}}, {@code order{ann}}), so a user's keys share a slot and multi-key commands
 * over one user work; commands for many users spread over the masters, one round trip per master.
 */
public final class ShoppingCarts {
  /** The connection name the carts use. */
  public static final String SHOP = "shop";

  private ShoppingCarts() {}

  /** Connects the cluster client as the {@link #SHOP} connection (no transactions on a cluster). */
  public static void connect(RedisClusterClient cluster) {
    RedPipe.connect(SHOP, cluster);
  }

  /** The key of a user's cart: the user id is the hash tag. */
  public static String cartKey(String user) {
    return "cart{" + user + "}";
  }

  /** The key of a user's last order, in the same slot as the cart. */
  public static String orderKey(String user) {
    return "order{" + user + "}";
  }

  /**
   * Adds {@code items} to each user's cart in one execute and returns each cart's size, in the
   * order of {@code itemsByUser}.
   */
  public static Map<String, Long> addToCarts(Map<String, List<String>> itemsByUser,
      Pipeline parent) {
    Map<String, Future<Long>> sizes = new LinkedHashMap<>();
    RedPipe.autoexec(parent, SHOP, pipe -> {
      itemsByUser.forEach((user, items) -> {
        pipe.sadd(cartKey(user), items.toArray(new String[0]));
        sizes.put(user, pipe.scard(cartKey(user)));
      });
      return null;
    });
    Map<String, Long> result = new LinkedHashMap<>();
    sizes.forEach((user, size) -> result.put(user, size.get()));
    return result;
  }

  /**
   * Turns each user's cart into their order with one multi-key command per user (both keys share
   * the user's slot) and empties the cart; returns the number of items ordered per user.
   */
  public static Map<String, Long> checkout(List<String> users) {
    Map<String, Future<Long>> ordered = new LinkedHashMap<>();
    try (Pipeline pipe = RedPipe.pipeline(SHOP)) {
      for (String user : users) {
        ordered.put(user, pipe.sunionstore(orderKey(user), cartKey(user)));
        pipe.del(cartKey(user));
      }
      pipe.execute();
    }
    Map<String, Long> result = new LinkedHashMap<>();
    ordered.forEach((user, count) -> result.put(user, count.get()));
    return result;
  }
}
