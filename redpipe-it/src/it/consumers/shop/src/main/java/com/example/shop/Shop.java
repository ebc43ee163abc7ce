package com.example.shop;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;

/** Uses both generated classes in one pipeline. */
public final class Shop {
  private Shop() {}

  /** Creates the customer and counts a visit, in one round trip. */
  public static String welcome(String id, String name) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      CustomerStruct customer = CustomerStruct.create(CustomerStruct.with(id).name(name), pipe);
      Future<Long> visits = CustomerKeyspace.of(pipe).incrVisits(id, 1);
      pipe.execute();
      return customer.name() + " visit " + visits.get();
    }
  }
}
