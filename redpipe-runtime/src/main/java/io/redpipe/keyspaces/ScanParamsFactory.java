package io.redpipe.keyspaces;

import redis.clients.jedis.params.ScanParams;

/** Builds SCAN parameters from an optional raw MATCH glob and an optional COUNT. */
final class ScanParamsFactory {
  private ScanParamsFactory() {}

  static ScanParams of(String match, Integer count) {
    ScanParams params = new ScanParams();
    if (match != null) {
      params.match(Keys.utf8(match));
    }
    if (count != null) {
      params.count(count);
    }
    return params;
  }
}
