package com.example.inventory;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;

/** Uses both generated classes in one pipeline. */
public final class Inventory {
  private Inventory() {}

  /** Stores an item, adds to its stock and reads it back, in one round trip. */
  public static String restock(String id, int added) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      ItemStruct.create(ItemStruct.with(id).title("Lamp").stock(2), pipe);
      Future<Long> stock = ItemKeyspace.of(pipe).incrStock(id, added);
      ItemStruct item = ItemStruct.load(id, pipe);
      pipe.execute();
      return item.title() + " " + stock.get() + " " + item.stock();
    }
  }
}
