/** A modular application using RedPipe; it needs no {@code requires java.compiler}. */
module com.example.inventory {
  requires io.redpipe.runtime;
  requires io.redpipe.annotations;
  requires redis.clients.jedis;

  exports com.example.inventory;
}
