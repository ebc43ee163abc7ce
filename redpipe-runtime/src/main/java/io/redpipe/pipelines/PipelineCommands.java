package io.redpipe.pipelines;

import io.redpipe.futures.Future;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.ArrayAggregate;
import redis.clients.jedis.args.ArrayBitwise;
import redis.clients.jedis.args.BitCountOption;
import redis.clients.jedis.args.BitOP;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.args.FlushMode;
import redis.clients.jedis.args.FunctionRestorePolicy;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.ListPosition;
import redis.clients.jedis.args.LongRange;
import redis.clients.jedis.args.SortedSetOption;
import redis.clients.jedis.args.StreamDeletionPolicy;
import redis.clients.jedis.args.XNackMode;
import redis.clients.jedis.bloom.BFInsertParams;
import redis.clients.jedis.bloom.BFReserveParams;
import redis.clients.jedis.bloom.CFInsertParams;
import redis.clients.jedis.bloom.CFReserveParams;
import redis.clients.jedis.bloom.TDigestMergeParams;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.json.JsonSetParams;
import redis.clients.jedis.json.Path;
import redis.clients.jedis.json.Path2;
import redis.clients.jedis.params.ArgrepParams;
import redis.clients.jedis.params.BitPosParams;
import redis.clients.jedis.params.GeoAddParams;
import redis.clients.jedis.params.GeoRadiusParam;
import redis.clients.jedis.params.GeoRadiusStoreParam;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.HGetExParams;
import redis.clients.jedis.params.HSetExParams;
import redis.clients.jedis.params.HotkeysParams;
import redis.clients.jedis.params.IncrexFloatParams;
import redis.clients.jedis.params.IncrexParams;
import redis.clients.jedis.params.LCSParams;
import redis.clients.jedis.params.LMoveMParams;
import redis.clients.jedis.params.LPosParams;
import redis.clients.jedis.params.MSetExParams;
import redis.clients.jedis.params.MigrateParams;
import redis.clients.jedis.params.RestoreParams;
import redis.clients.jedis.params.SDiffCardParams;
import redis.clients.jedis.params.SUnionCardParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.SortingParams;
import redis.clients.jedis.params.VAddParams;
import redis.clients.jedis.params.VSimParams;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XCfgSetParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.params.ZIncrByParams;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.ArrayFullInfo;
import redis.clients.jedis.resps.ArrayInfo;
import redis.clients.jedis.resps.FunctionStats;
import redis.clients.jedis.resps.GeoRadiusResponse;
import redis.clients.jedis.resps.HotkeysInfo;
import redis.clients.jedis.resps.LCSMatchResult;
import redis.clients.jedis.resps.LibraryInfo;
import redis.clients.jedis.resps.RawVector;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.StreamConsumerInfo;
import redis.clients.jedis.resps.StreamConsumersInfo;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamEntryBinary;
import redis.clients.jedis.resps.StreamEntryDeletionResult;
import redis.clients.jedis.resps.StreamFullInfo;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamInfo;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.resps.StreamPendingSummary;
import redis.clients.jedis.resps.Tuple;
import redis.clients.jedis.resps.VectorInfo;
import redis.clients.jedis.search.FTCreateParams;
import redis.clients.jedis.search.FTSearchParams;
import redis.clients.jedis.search.FTSpellCheckParams;
import redis.clients.jedis.search.IndexOptions;
import redis.clients.jedis.search.Query;
import redis.clients.jedis.search.Schema;
import redis.clients.jedis.search.SearchResult;
import redis.clients.jedis.search.aggr.AggregationBuilder;
import redis.clients.jedis.search.aggr.AggregationResult;
import redis.clients.jedis.search.hybrid.FTHybridParams;
import redis.clients.jedis.search.hybrid.HybridResult;
import redis.clients.jedis.search.schemafields.SchemaField;
import redis.clients.jedis.timeseries.AggregationType;
import redis.clients.jedis.timeseries.TSAddParams;
import redis.clients.jedis.timeseries.TSAlterParams;
import redis.clients.jedis.timeseries.TSCreateParams;
import redis.clients.jedis.timeseries.TSDecrByParams;
import redis.clients.jedis.timeseries.TSElement;
import redis.clients.jedis.timeseries.TSGetParams;
import redis.clients.jedis.timeseries.TSIncrByParams;
import redis.clients.jedis.timeseries.TSInfo;
import redis.clients.jedis.timeseries.TSMGetElement;
import redis.clients.jedis.timeseries.TSMGetParams;
import redis.clients.jedis.timeseries.TSMRangeElements;
import redis.clients.jedis.timeseries.TSMRangeParams;
import redis.clients.jedis.timeseries.TSNRangeParams;
import redis.clients.jedis.timeseries.TSRangeParams;
import redis.clients.jedis.timeseries.TSReadParams;
import redis.clients.jedis.util.CompareCondition;
import redis.clients.jedis.util.KeyValue;

/**
 * Every command of Jedis's {@code PipeliningBase}, queued, with a {@link Future} in place of
 * {@code Response}. String and {@code byte[]} forms; results as Jedis gives them.
 *
 * <p>Generated by {@code CommandSurfaceGenerator} (test sources) from Jedis's class
 * files; do not edit: run the generator after a Jedis upgrade.
 */
@SuppressWarnings("deprecation")
public abstract class PipelineCommands {
  PipelineCommands() {
  }

  /**
   * The Jedis command builder whose commands are queued in this pipeline.
   */
  abstract PipeliningBase jedisQueue();

  /**
   * The future that stands for the queued command behind {@code response}.
   */
  abstract <T> Future<T> futureOf(Response<T> response);

  /**
   * Queues Jedis's {@code exists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> exists(String key) {
    return futureOf(jedisQueue().exists(key));
  }

  /**
   * Queues Jedis's {@code exists}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> exists(String... keys) {
    return futureOf(jedisQueue().exists(keys));
  }

  /**
   * Queues Jedis's {@code persist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> persist(String key) {
    return futureOf(jedisQueue().persist(key));
  }

  /**
   * Queues Jedis's {@code type}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> type(String key) {
    return futureOf(jedisQueue().type(key));
  }

  /**
   * Queues Jedis's {@code dump}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> dump(String key) {
    return futureOf(jedisQueue().dump(key));
  }

  /**
   * Queues Jedis's {@code restore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ttl the {@code ttl} argument, passed to Jedis as it is
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> restore(String key, long ttl, byte[] serializedValue) {
    return futureOf(jedisQueue().restore(key, ttl, serializedValue));
  }

  /**
   * Queues Jedis's {@code restore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ttl the {@code ttl} argument, passed to Jedis as it is
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> restore(String key, long ttl, byte[] serializedValue,
      RestoreParams params) {
    return futureOf(jedisQueue().restore(key, ttl, serializedValue, params));
  }

  /**
   * Queues Jedis's {@code expire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expire(String key, long seconds) {
    return futureOf(jedisQueue().expire(key, seconds));
  }

  /**
   * Queues Jedis's {@code expire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expire(String key, long seconds, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().expire(key, seconds, expiryOption));
  }

  /**
   * Queues Jedis's {@code pexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpire(String key, long milliseconds) {
    return futureOf(jedisQueue().pexpire(key, milliseconds));
  }

  /**
   * Queues Jedis's {@code pexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpire(String key, long milliseconds, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().pexpire(key, milliseconds, expiryOption));
  }

  /**
   * Queues Jedis's {@code expireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireTime(String key) {
    return futureOf(jedisQueue().expireTime(key));
  }

  /**
   * Queues Jedis's {@code pexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireTime(String key) {
    return futureOf(jedisQueue().pexpireTime(key));
  }

  /**
   * Queues Jedis's {@code expireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTime the {@code unixTime} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireAt(String key, long unixTime) {
    return futureOf(jedisQueue().expireAt(key, unixTime));
  }

  /**
   * Queues Jedis's {@code expireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTime the {@code unixTime} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireAt(String key, long unixTime, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().expireAt(key, unixTime, expiryOption));
  }

  /**
   * Queues Jedis's {@code pexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param millisecondsTimestamp the {@code millisecondsTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireAt(String key, long millisecondsTimestamp) {
    return futureOf(jedisQueue().pexpireAt(key, millisecondsTimestamp));
  }

  /**
   * Queues Jedis's {@code pexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param millisecondsTimestamp the {@code millisecondsTimestamp} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireAt(String key, long millisecondsTimestamp,
      ExpiryOption expiryOption) {
    return futureOf(jedisQueue().pexpireAt(key, millisecondsTimestamp, expiryOption));
  }

  /**
   * Queues Jedis's {@code ttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ttl(String key) {
    return futureOf(jedisQueue().ttl(key));
  }

  /**
   * Queues Jedis's {@code pttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pttl(String key) {
    return futureOf(jedisQueue().pttl(key));
  }

  /**
   * Queues Jedis's {@code touch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> touch(String key) {
    return futureOf(jedisQueue().touch(key));
  }

  /**
   * Queues Jedis's {@code touch}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> touch(String... keys) {
    return futureOf(jedisQueue().touch(keys));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> sort(String key) {
    return futureOf(jedisQueue().sort(key));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sort(String key, String dstKey) {
    return futureOf(jedisQueue().sort(key, dstKey));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> sort(String key, SortingParams sortingParams) {
    return futureOf(jedisQueue().sort(key, sortingParams));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sort(String key, SortingParams sortingParams, String dstKey) {
    return futureOf(jedisQueue().sort(key, sortingParams, dstKey));
  }

  /**
   * Queues Jedis's {@code sortReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> sortReadonly(String key, SortingParams sortingParams) {
    return futureOf(jedisQueue().sortReadonly(key, sortingParams));
  }

  /**
   * Queues Jedis's {@code del}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> del(String key) {
    return futureOf(jedisQueue().del(key));
  }

  /**
   * Queues Jedis's {@code del}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> del(String... keys) {
    return futureOf(jedisQueue().del(keys));
  }

  /**
   * Queues Jedis's {@code unlink}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> unlink(String key) {
    return futureOf(jedisQueue().unlink(key));
  }

  /**
   * Queues Jedis's {@code unlink}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> unlink(String... keys) {
    return futureOf(jedisQueue().unlink(keys));
  }

  /**
   * Queues Jedis's {@code copy}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param replace the {@code replace} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> copy(String srcKey, String dstKey, boolean replace) {
    return futureOf(jedisQueue().copy(srcKey, dstKey, replace));
  }

  /**
   * Queues Jedis's {@code rename}; the future is filled when the root pipeline executes.
   *
   * @param oldkey the {@code oldkey} argument, passed to Jedis as it is
   * @param newkey the {@code newkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> rename(String oldkey, String newkey) {
    return futureOf(jedisQueue().rename(oldkey, newkey));
  }

  /**
   * Queues Jedis's {@code renamenx}; the future is filled when the root pipeline executes.
   *
   * @param oldkey the {@code oldkey} argument, passed to Jedis as it is
   * @param newkey the {@code newkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> renamenx(String oldkey, String newkey) {
    return futureOf(jedisQueue().renamenx(oldkey, newkey));
  }

  /**
   * Queues Jedis's {@code memoryUsage}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> memoryUsage(String key) {
    return futureOf(jedisQueue().memoryUsage(key));
  }

  /**
   * Queues Jedis's {@code memoryUsage}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param samples the {@code samples} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> memoryUsage(String key, int samples) {
    return futureOf(jedisQueue().memoryUsage(key, samples));
  }

  /**
   * Queues Jedis's {@code objectRefcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectRefcount(String key) {
    return futureOf(jedisQueue().objectRefcount(key));
  }

  /**
   * Queues Jedis's {@code objectEncoding}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> objectEncoding(String key) {
    return futureOf(jedisQueue().objectEncoding(key));
  }

  /**
   * Queues Jedis's {@code objectIdletime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectIdletime(String key) {
    return futureOf(jedisQueue().objectIdletime(key));
  }

  /**
   * Queues Jedis's {@code objectFreq}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectFreq(String key) {
    return futureOf(jedisQueue().objectFreq(key));
  }

  /**
   * Queues Jedis's {@code migrate}; the future is filled when the root pipeline executes.
   *
   * @param host the {@code host} argument, passed to Jedis as it is
   * @param port the {@code port} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> migrate(String host, int port, String key, int timeout) {
    return futureOf(jedisQueue().migrate(host, port, key, timeout));
  }

  /**
   * Queues Jedis's {@code migrate}; the future is filled when the root pipeline executes.
   *
   * @param host the {@code host} argument, passed to Jedis as it is
   * @param port the {@code port} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> migrate(String host, int port, int timeout, MigrateParams params,
      String... keys) {
    return futureOf(jedisQueue().migrate(host, port, timeout, params, keys));
  }

  /**
   * Queues Jedis's {@code keys}; the future is filled when the root pipeline executes.
   *
   * @param pattern the {@code pattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> keys(String pattern) {
    return futureOf(jedisQueue().keys(pattern));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<String>> scan(String cursor) {
    return futureOf(jedisQueue().scan(cursor));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<String>> scan(String cursor, ScanParams params) {
    return futureOf(jedisQueue().scan(cursor, params));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param type the {@code type} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<String>> scan(String cursor, ScanParams params, String type) {
    return futureOf(jedisQueue().scan(cursor, params, type));
  }

  /**
   * Queues Jedis's {@code randomKey}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> randomKey() {
    return futureOf(jedisQueue().randomKey());
  }

  /**
   * Queues Jedis's {@code get}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> get(String key) {
    return futureOf(jedisQueue().get(key));
  }

  /**
   * Queues Jedis's {@code setGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> setGet(String key, String value) {
    return futureOf(jedisQueue().setGet(key, value));
  }

  /**
   * Queues Jedis's {@code setGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> setGet(String key, String value, SetParams params) {
    return futureOf(jedisQueue().setGet(key, value, params));
  }

  /**
   * Queues Jedis's {@code getDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> getDel(String key) {
    return futureOf(jedisQueue().getDel(key));
  }

  /**
   * Queues Jedis's {@code getEx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> getEx(String key, GetExParams params) {
    return futureOf(jedisQueue().getEx(key, params));
  }

  /**
   * Queues Jedis's {@code setbit}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> setbit(String key, long offset, boolean value) {
    return futureOf(jedisQueue().setbit(key, offset, value));
  }

  /**
   * Queues Jedis's {@code getbit}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> getbit(String key, long offset) {
    return futureOf(jedisQueue().getbit(key, offset));
  }

  /**
   * Queues Jedis's {@code setrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> setrange(String key, long offset, String value) {
    return futureOf(jedisQueue().setrange(key, offset, value));
  }

  /**
   * Queues Jedis's {@code getrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param startOffset the {@code startOffset} argument, passed to Jedis as it is
   * @param endOffset the {@code endOffset} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> getrange(String key, long startOffset, long endOffset) {
    return futureOf(jedisQueue().getrange(key, startOffset, endOffset));
  }

  /**
   * Queues Jedis's {@code getSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#getSet}
   */
  @Deprecated
  public final Future<String> getSet(String key, String value) {
    return futureOf(jedisQueue().getSet(key, value));
  }

  /**
   * Queues Jedis's {@code setnx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#setnx}
   */
  @Deprecated
  public final Future<Long> setnx(String key, String value) {
    return futureOf(jedisQueue().setnx(key, value));
  }

  /**
   * Queues Jedis's {@code setex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#setex}
   */
  @Deprecated
  public final Future<String> setex(String key, long seconds, String value) {
    return futureOf(jedisQueue().setex(key, seconds, value));
  }

  /**
   * Queues Jedis's {@code psetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#psetex}
   */
  @Deprecated
  public final Future<String> psetex(String key, long milliseconds, String value) {
    return futureOf(jedisQueue().psetex(key, milliseconds, value));
  }

  /**
   * Queues Jedis's {@code mget}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> mget(String... keys) {
    return futureOf(jedisQueue().mget(keys));
  }

  /**
   * Queues Jedis's {@code mset}; the future is filled when the root pipeline executes.
   *
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> mset(String... keysvalues) {
    return futureOf(jedisQueue().mset(keysvalues));
  }

  /**
   * Queues Jedis's {@code msetnx}; the future is filled when the root pipeline executes.
   *
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> msetnx(String... keysvalues) {
    return futureOf(jedisQueue().msetnx(keysvalues));
  }

  /**
   * Queues Jedis's {@code msetex}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> msetex(MSetExParams params, String... keysvalues) {
    return futureOf(jedisQueue().msetex(params, keysvalues));
  }

  /**
   * Queues Jedis's {@code incr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> incr(String key) {
    return futureOf(jedisQueue().incr(key));
  }

  /**
   * Queues Jedis's {@code incrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> incrBy(String key, long increment) {
    return futureOf(jedisQueue().incrBy(key, increment));
  }

  /**
   * Queues Jedis's {@code incrByFloat}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> incrByFloat(String key, double increment) {
    return futureOf(jedisQueue().incrByFloat(key, increment));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> increx(String key) {
    return futureOf(jedisQueue().increx(key));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> increx(String key, long increment, IncrexParams params) {
    return futureOf(jedisQueue().increx(key, increment, params));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> increx(String key, double increment, IncrexFloatParams params) {
    return futureOf(jedisQueue().increx(key, increment, params));
  }

  /**
   * Queues Jedis's {@code decr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> decr(String key) {
    return futureOf(jedisQueue().decr(key));
  }

  /**
   * Queues Jedis's {@code decrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param decrement the {@code decrement} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> decrBy(String key, long decrement) {
    return futureOf(jedisQueue().decrBy(key, decrement));
  }

  /**
   * Queues Jedis's {@code append}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> append(String key, String value) {
    return futureOf(jedisQueue().append(key, value));
  }

  /**
   * Queues Jedis's {@code substr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#substr}
   */
  @Deprecated
  public final Future<String> substr(String key, int start, int end) {
    return futureOf(jedisQueue().substr(key, start, end));
  }

  /**
   * Queues Jedis's {@code strlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> strlen(String key) {
    return futureOf(jedisQueue().strlen(key));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(String key) {
    return futureOf(jedisQueue().bitcount(key));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(String key, long start, long end) {
    return futureOf(jedisQueue().bitcount(key, start, end));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(String key, long start, long end, BitCountOption option) {
    return futureOf(jedisQueue().bitcount(key, start, end, option));
  }

  /**
   * Queues Jedis's {@code bitpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitpos(String key, boolean value) {
    return futureOf(jedisQueue().bitpos(key, value));
  }

  /**
   * Queues Jedis's {@code bitpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitpos(String key, boolean value, BitPosParams params) {
    return futureOf(jedisQueue().bitpos(key, value, params));
  }

  /**
   * Queues Jedis's {@code bitfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param arguments the {@code arguments} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> bitfield(String key, String... arguments) {
    return futureOf(jedisQueue().bitfield(key, arguments));
  }

  /**
   * Queues Jedis's {@code bitfieldReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param arguments the {@code arguments} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> bitfieldReadonly(String key, String... arguments) {
    return futureOf(jedisQueue().bitfieldReadonly(key, arguments));
  }

  /**
   * Queues Jedis's {@code bitop}; the future is filled when the root pipeline executes.
   *
   * @param op the {@code op} argument, passed to Jedis as it is
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param srcKeys the {@code srcKeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitop(BitOP op, String destKey, String... srcKeys) {
    return futureOf(jedisQueue().bitop(op, destKey, srcKeys));
  }

  /**
   * Queues Jedis's {@code lcs}; the future is filled when the root pipeline executes.
   *
   * @param keyA the {@code keyA} argument, passed to Jedis as it is
   * @param keyB the {@code keyB} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<LCSMatchResult> lcs(String keyA, String keyB, LCSParams params) {
    return futureOf(jedisQueue().lcs(keyA, keyB, params));
  }

  /**
   * Queues Jedis's {@code set}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> set(String key, String value) {
    return futureOf(jedisQueue().set(key, value));
  }

  /**
   * Queues Jedis's {@code set}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> set(String key, String value, SetParams params) {
    return futureOf(jedisQueue().set(key, value, params));
  }

  /**
   * Queues Jedis's {@code rpush}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> rpush(String key, String... string) {
    return futureOf(jedisQueue().rpush(key, string));
  }

  /**
   * Queues Jedis's {@code lpush}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpush(String key, String... string) {
    return futureOf(jedisQueue().lpush(key, string));
  }

  /**
   * Queues Jedis's {@code llen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> llen(String key) {
    return futureOf(jedisQueue().llen(key));
  }

  /**
   * Queues Jedis's {@code lrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> lrange(String key, long start, long stop) {
    return futureOf(jedisQueue().lrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code ltrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ltrim(String key, long start, long stop) {
    return futureOf(jedisQueue().ltrim(key, start, stop));
  }

  /**
   * Queues Jedis's {@code lindex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> lindex(String key, long index) {
    return futureOf(jedisQueue().lindex(key, index));
  }

  /**
   * Queues Jedis's {@code lset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> lset(String key, long index, String value) {
    return futureOf(jedisQueue().lset(key, index, value));
  }

  /**
   * Queues Jedis's {@code lrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lrem(String key, long count, String value) {
    return futureOf(jedisQueue().lrem(key, count, value));
  }

  /**
   * Queues Jedis's {@code lpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> lpop(String key) {
    return futureOf(jedisQueue().lpop(key));
  }

  /**
   * Queues Jedis's {@code lpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> lpop(String key, int count) {
    return futureOf(jedisQueue().lpop(key, count));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpos(String key, String element) {
    return futureOf(jedisQueue().lpos(key, element));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpos(String key, String element, LPosParams params) {
    return futureOf(jedisQueue().lpos(key, element, params));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> lpos(String key, String element, LPosParams params, long count) {
    return futureOf(jedisQueue().lpos(key, element, params, count));
  }

  /**
   * Queues Jedis's {@code rpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> rpop(String key) {
    return futureOf(jedisQueue().rpop(key));
  }

  /**
   * Queues Jedis's {@code rpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> rpop(String key, int count) {
    return futureOf(jedisQueue().rpop(key, count));
  }

  /**
   * Queues Jedis's {@code linsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param where the {@code where} argument, passed to Jedis as it is
   * @param pivot the {@code pivot} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> linsert(String key, ListPosition where, String pivot, String value) {
    return futureOf(jedisQueue().linsert(key, where, pivot, value));
  }

  /**
   * Queues Jedis's {@code lpushx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param strings the {@code strings} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpushx(String key, String... strings) {
    return futureOf(jedisQueue().lpushx(key, strings));
  }

  /**
   * Queues Jedis's {@code rpushx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param strings the {@code strings} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> rpushx(String key, String... strings) {
    return futureOf(jedisQueue().rpushx(key, strings));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> blpop(int timeout, String key) {
    return futureOf(jedisQueue().blpop(timeout, key));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, String>> blpop(double timeout, String key) {
    return futureOf(jedisQueue().blpop(timeout, key));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> brpop(int timeout, String key) {
    return futureOf(jedisQueue().brpop(timeout, key));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, String>> brpop(double timeout, String key) {
    return futureOf(jedisQueue().brpop(timeout, key));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> blpop(int timeout, String... keys) {
    return futureOf(jedisQueue().blpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, String>> blpop(double timeout, String... keys) {
    return futureOf(jedisQueue().blpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> brpop(int timeout, String... keys) {
    return futureOf(jedisQueue().brpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, String>> brpop(double timeout, String... keys) {
    return futureOf(jedisQueue().brpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code rpoplpush}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#rpoplpush}
   */
  @Deprecated
  public final Future<String> rpoplpush(String srcKey, String dstKey) {
    return futureOf(jedisQueue().rpoplpush(srcKey, dstKey));
  }

  /**
   * Queues Jedis's {@code brpoplpush}; the future is filled when the root pipeline executes.
   *
   * @param source the {@code source} argument, passed to Jedis as it is
   * @param destination the {@code destination} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#brpoplpush}
   */
  @Deprecated
  public final Future<String> brpoplpush(String source, String destination, int timeout) {
    return futureOf(jedisQueue().brpoplpush(source, destination, timeout));
  }

  /**
   * Queues Jedis's {@code lmove}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> lmove(String srcKey, String dstKey, ListDirection from,
      ListDirection to) {
    return futureOf(jedisQueue().lmove(srcKey, dstKey, from, to));
  }

  /**
   * Queues Jedis's {@code blmove}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> blmove(String srcKey, String dstKey, ListDirection from,
      ListDirection to, double timeout) {
    return futureOf(jedisQueue().blmove(srcKey, dstKey, from, to, timeout));
  }

  /**
   * Queues Jedis's {@code lmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> lmovem(String srcKey, String dstKey, ListDirection from,
      ListDirection to) {
    return futureOf(jedisQueue().lmovem(srcKey, dstKey, from, to));
  }

  /**
   * Queues Jedis's {@code lmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> lmovem(String srcKey, String dstKey, ListDirection from,
      ListDirection to, LMoveMParams params) {
    return futureOf(jedisQueue().lmovem(srcKey, dstKey, from, to, params));
  }

  /**
   * Queues Jedis's {@code blmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> blmovem(String srcKey, String dstKey, ListDirection from,
      ListDirection to, double timeout) {
    return futureOf(jedisQueue().blmovem(srcKey, dstKey, from, to, timeout));
  }

  /**
   * Queues Jedis's {@code blmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> blmovem(String srcKey, String dstKey, ListDirection from,
      ListDirection to, double timeout, LMoveMParams params) {
    return futureOf(jedisQueue().blmovem(srcKey, dstKey, from, to, timeout, params));
  }

  /**
   * Queues Jedis's {@code lmpop}; the future is filled when the root pipeline executes.
   *
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<String>>> lmpop(ListDirection direction,
      String... keys) {
    return futureOf(jedisQueue().lmpop(direction, keys));
  }

  /**
   * Queues Jedis's {@code lmpop}; the future is filled when the root pipeline executes.
   *
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<String>>> lmpop(ListDirection direction, int count,
      String... keys) {
    return futureOf(jedisQueue().lmpop(direction, count, keys));
  }

  /**
   * Queues Jedis's {@code blmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<String>>> blmpop(double timeout,
      ListDirection direction, String... keys) {
    return futureOf(jedisQueue().blmpop(timeout, direction, keys));
  }

  /**
   * Queues Jedis's {@code blmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<String>>> blmpop(double timeout,
      ListDirection direction, int count, String... keys) {
    return futureOf(jedisQueue().blmpop(timeout, direction, count, keys));
  }

  /**
   * Queues Jedis's {@code hset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hset(String key, String field, String value) {
    return futureOf(jedisQueue().hset(key, field, value));
  }

  /**
   * Queues Jedis's {@code hset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hset(String key, Map<String, String> hash) {
    return futureOf(jedisQueue().hset(key, hash));
  }

  /**
   * Queues Jedis's {@code hsetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetex(String key, HSetExParams params, String field, String value) {
    return futureOf(jedisQueue().hsetex(key, params, field, value));
  }

  /**
   * Queues Jedis's {@code hsetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetex(String key, HSetExParams params, Map<String, String> hash) {
    return futureOf(jedisQueue().hsetex(key, params, hash));
  }

  /**
   * Queues Jedis's {@code hget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> hget(String key, String field) {
    return futureOf(jedisQueue().hget(key, field));
  }

  /**
   * Queues Jedis's {@code hgetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> hgetex(String key, HGetExParams params, String... fields) {
    return futureOf(jedisQueue().hgetex(key, params, fields));
  }

  /**
   * Queues Jedis's {@code hgetdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> hgetdel(String key, String... fields) {
    return futureOf(jedisQueue().hgetdel(key, fields));
  }

  /**
   * Queues Jedis's {@code hsetnx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetnx(String key, String field, String value) {
    return futureOf(jedisQueue().hsetnx(key, field, value));
  }

  /**
   * Queues Jedis's {@code hmset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#hmset}
   */
  @Deprecated
  public final Future<String> hmset(String key, Map<String, String> hash) {
    return futureOf(jedisQueue().hmset(key, hash));
  }

  /**
   * Queues Jedis's {@code hmget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> hmget(String key, String... fields) {
    return futureOf(jedisQueue().hmget(key, fields));
  }

  /**
   * Queues Jedis's {@code hincrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hincrBy(String key, String field, long value) {
    return futureOf(jedisQueue().hincrBy(key, field, value));
  }

  /**
   * Queues Jedis's {@code hincrByFloat}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> hincrByFloat(String key, String field, double value) {
    return futureOf(jedisQueue().hincrByFloat(key, field, value));
  }

  /**
   * Queues Jedis's {@code hexists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> hexists(String key, String field) {
    return futureOf(jedisQueue().hexists(key, field));
  }

  /**
   * Queues Jedis's {@code hdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hdel(String key, String... field) {
    return futureOf(jedisQueue().hdel(key, field));
  }

  /**
   * Queues Jedis's {@code hlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hlen(String key) {
    return futureOf(jedisQueue().hlen(key));
  }

  /**
   * Queues Jedis's {@code hkeys}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> hkeys(String key) {
    return futureOf(jedisQueue().hkeys(key));
  }

  /**
   * Queues Jedis's {@code hvals}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> hvals(String key) {
    return futureOf(jedisQueue().hvals(key));
  }

  /**
   * Queues Jedis's {@code hgetAll}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, String>> hgetAll(String key) {
    return futureOf(jedisQueue().hgetAll(key));
  }

  /**
   * Queues Jedis's {@code hrandfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> hrandfield(String key) {
    return futureOf(jedisQueue().hrandfield(key));
  }

  /**
   * Queues Jedis's {@code hrandfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> hrandfield(String key, long count) {
    return futureOf(jedisQueue().hrandfield(key, count));
  }

  /**
   * Queues Jedis's {@code hrandfieldWithValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<String, String>>> hrandfieldWithValues(String key,
      long count) {
    return futureOf(jedisQueue().hrandfieldWithValues(key, count));
  }

  /**
   * Queues Jedis's {@code hscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<Map.Entry<String, String>>> hscan(String key, String cursor,
      ScanParams params) {
    return futureOf(jedisQueue().hscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code hscanNoValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<String>> hscanNoValues(String key, String cursor,
      ScanParams params) {
    return futureOf(jedisQueue().hscanNoValues(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code hstrlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hstrlen(String key, String field) {
    return futureOf(jedisQueue().hstrlen(key, field));
  }

  /**
   * Queues Jedis's {@code hexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpire(String key, long seconds, String... fields) {
    return futureOf(jedisQueue().hexpire(key, seconds, fields));
  }

  /**
   * Queues Jedis's {@code hexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpire(String key, long seconds, ExpiryOption condition,
      String... fields) {
    return futureOf(jedisQueue().hexpire(key, seconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hpexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpire(String key, long milliseconds, String... fields) {
    return futureOf(jedisQueue().hpexpire(key, milliseconds, fields));
  }

  /**
   * Queues Jedis's {@code hpexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpire(String key, long milliseconds, ExpiryOption condition,
      String... fields) {
    return futureOf(jedisQueue().hpexpire(key, milliseconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeSeconds the {@code unixTimeSeconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireAt(String key, long unixTimeSeconds, String... fields) {
    return futureOf(jedisQueue().hexpireAt(key, unixTimeSeconds, fields));
  }

  /**
   * Queues Jedis's {@code hexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeSeconds the {@code unixTimeSeconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireAt(String key, long unixTimeSeconds,
      ExpiryOption condition, String... fields) {
    return futureOf(jedisQueue().hexpireAt(key, unixTimeSeconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeMillis the {@code unixTimeMillis} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireAt(String key, long unixTimeMillis, String... fields) {
    return futureOf(jedisQueue().hpexpireAt(key, unixTimeMillis, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeMillis the {@code unixTimeMillis} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireAt(String key, long unixTimeMillis,
      ExpiryOption condition, String... fields) {
    return futureOf(jedisQueue().hpexpireAt(key, unixTimeMillis, condition, fields));
  }

  /**
   * Queues Jedis's {@code hexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireTime(String key, String... fields) {
    return futureOf(jedisQueue().hexpireTime(key, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireTime(String key, String... fields) {
    return futureOf(jedisQueue().hpexpireTime(key, fields));
  }

  /**
   * Queues Jedis's {@code httl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> httl(String key, String... fields) {
    return futureOf(jedisQueue().httl(key, fields));
  }

  /**
   * Queues Jedis's {@code hpttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpttl(String key, String... fields) {
    return futureOf(jedisQueue().hpttl(key, fields));
  }

  /**
   * Queues Jedis's {@code hpersist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpersist(String key, String... fields) {
    return futureOf(jedisQueue().hpersist(key, fields));
  }

  /**
   * Queues Jedis's {@code sadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sadd(String key, String... members) {
    return futureOf(jedisQueue().sadd(key, members));
  }

  /**
   * Queues Jedis's {@code smembers}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> smembers(String key) {
    return futureOf(jedisQueue().smembers(key));
  }

  /**
   * Queues Jedis's {@code srem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> srem(String key, String... members) {
    return futureOf(jedisQueue().srem(key, members));
  }

  /**
   * Queues Jedis's {@code spop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> spop(String key) {
    return futureOf(jedisQueue().spop(key));
  }

  /**
   * Queues Jedis's {@code spop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> spop(String key, long count) {
    return futureOf(jedisQueue().spop(key, count));
  }

  /**
   * Queues Jedis's {@code scard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> scard(String key) {
    return futureOf(jedisQueue().scard(key));
  }

  /**
   * Queues Jedis's {@code sismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> sismember(String key, String member) {
    return futureOf(jedisQueue().sismember(key, member));
  }

  /**
   * Queues Jedis's {@code smismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> smismember(String key, String... members) {
    return futureOf(jedisQueue().smismember(key, members));
  }

  /**
   * Queues Jedis's {@code srandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> srandmember(String key) {
    return futureOf(jedisQueue().srandmember(key));
  }

  /**
   * Queues Jedis's {@code srandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> srandmember(String key, int count) {
    return futureOf(jedisQueue().srandmember(key, count));
  }

  /**
   * Queues Jedis's {@code sscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<String>> sscan(String key, String cursor, ScanParams params) {
    return futureOf(jedisQueue().sscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code sdiff}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> sdiff(String... keys) {
    return futureOf(jedisQueue().sdiff(keys));
  }

  /**
   * Queues Jedis's {@code sdiffstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffstore(String dstKey, String... keys) {
    return futureOf(jedisQueue().sdiffstore(dstKey, keys));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(String... keys) {
    return futureOf(jedisQueue().sdiffcard(keys));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(List<String> keys) {
    return futureOf(jedisQueue().sdiffcard(keys));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param key1 the {@code key1} argument, passed to Jedis as it is
   * @param key2 the {@code key2} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(String key1, String key2, SDiffCardParams params) {
    return futureOf(jedisQueue().sdiffcard(key1, key2, params));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(List<String> keys, SDiffCardParams params) {
    return futureOf(jedisQueue().sdiffcard(keys, params));
  }

  /**
   * Queues Jedis's {@code sinter}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> sinter(String... keys) {
    return futureOf(jedisQueue().sinter(keys));
  }

  /**
   * Queues Jedis's {@code sinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sinterstore(String dstKey, String... keys) {
    return futureOf(jedisQueue().sinterstore(dstKey, keys));
  }

  /**
   * Queues Jedis's {@code sintercard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sintercard(String... keys) {
    return futureOf(jedisQueue().sintercard(keys));
  }

  /**
   * Queues Jedis's {@code sintercard}; the future is filled when the root pipeline executes.
   *
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sintercard(int limit, String... keys) {
    return futureOf(jedisQueue().sintercard(limit, keys));
  }

  /**
   * Queues Jedis's {@code sunion}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> sunion(String... keys) {
    return futureOf(jedisQueue().sunion(keys));
  }

  /**
   * Queues Jedis's {@code sunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunionstore(String dstKey, String... keys) {
    return futureOf(jedisQueue().sunionstore(dstKey, keys));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(String... keys) {
    return futureOf(jedisQueue().sunioncard(keys));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(List<String> keys) {
    return futureOf(jedisQueue().sunioncard(keys));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param key1 the {@code key1} argument, passed to Jedis as it is
   * @param key2 the {@code key2} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(String key1, String key2, SUnionCardParams params) {
    return futureOf(jedisQueue().sunioncard(key1, key2, params));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(List<String> keys, SUnionCardParams params) {
    return futureOf(jedisQueue().sunioncard(keys, params));
  }

  /**
   * Queues Jedis's {@code smove}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> smove(String srcKey, String dstKey, String member) {
    return futureOf(jedisQueue().smove(srcKey, dstKey, member));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(String key, double score, String member) {
    return futureOf(jedisQueue().zadd(key, score, member));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(String key, double score, String member, ZAddParams params) {
    return futureOf(jedisQueue().zadd(key, score, member, params));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param scoreMembers the {@code scoreMembers} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(String key, Map<String, Double> scoreMembers) {
    return futureOf(jedisQueue().zadd(key, scoreMembers));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param scoreMembers the {@code scoreMembers} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(String key, Map<String, Double> scoreMembers, ZAddParams params) {
    return futureOf(jedisQueue().zadd(key, scoreMembers, params));
  }

  /**
   * Queues Jedis's {@code zaddIncr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zaddIncr(String key, double score, String member, ZAddParams params) {
    return futureOf(jedisQueue().zaddIncr(key, score, member, params));
  }

  /**
   * Queues Jedis's {@code zrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrem(String key, String... members) {
    return futureOf(jedisQueue().zrem(key, members));
  }

  /**
   * Queues Jedis's {@code zincrby}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zincrby(String key, double increment, String member) {
    return futureOf(jedisQueue().zincrby(key, increment, member));
  }

  /**
   * Queues Jedis's {@code zincrby}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zincrby(String key, double increment, String member,
      ZIncrByParams params) {
    return futureOf(jedisQueue().zincrby(key, increment, member, params));
  }

  /**
   * Queues Jedis's {@code zrank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrank(String key, String member) {
    return futureOf(jedisQueue().zrank(key, member));
  }

  /**
   * Queues Jedis's {@code zrevrank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrevrank(String key, String member) {
    return futureOf(jedisQueue().zrevrank(key, member));
  }

  /**
   * Queues Jedis's {@code zrankWithScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Double>> zrankWithScore(String key, String member) {
    return futureOf(jedisQueue().zrankWithScore(key, member));
  }

  /**
   * Queues Jedis's {@code zrevrankWithScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Double>> zrevrankWithScore(String key, String member) {
    return futureOf(jedisQueue().zrevrankWithScore(key, member));
  }

  /**
   * Queues Jedis's {@code zrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrange(String key, long start, long stop) {
    return futureOf(jedisQueue().zrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrange(String key, long start, long stop) {
    return futureOf(jedisQueue().zrevrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeWithScores(String key, long start, long stop) {
    return futureOf(jedisQueue().zrangeWithScores(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrevrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeWithScores(String key, long start, long stop) {
    return futureOf(jedisQueue().zrevrangeWithScores(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> zrandmember(String key) {
    return futureOf(jedisQueue().zrandmember(key));
  }

  /**
   * Queues Jedis's {@code zrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrandmember(String key, long count) {
    return futureOf(jedisQueue().zrandmember(key, count));
  }

  /**
   * Queues Jedis's {@code zrandmemberWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrandmemberWithScores(String key, long count) {
    return futureOf(jedisQueue().zrandmemberWithScores(key, count));
  }

  /**
   * Queues Jedis's {@code zcard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcard(String key) {
    return futureOf(jedisQueue().zcard(key));
  }

  /**
   * Queues Jedis's {@code zscore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zscore(String key, String member) {
    return futureOf(jedisQueue().zscore(key, member));
  }

  /**
   * Queues Jedis's {@code zmscore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> zmscore(String key, String... members) {
    return futureOf(jedisQueue().zmscore(key, members));
  }

  /**
   * Queues Jedis's {@code zpopmax}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Tuple> zpopmax(String key) {
    return futureOf(jedisQueue().zpopmax(key));
  }

  /**
   * Queues Jedis's {@code zpopmax}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zpopmax(String key, int count) {
    return futureOf(jedisQueue().zpopmax(key, count));
  }

  /**
   * Queues Jedis's {@code zpopmin}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Tuple> zpopmin(String key) {
    return futureOf(jedisQueue().zpopmin(key));
  }

  /**
   * Queues Jedis's {@code zpopmin}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zpopmin(String key, int count) {
    return futureOf(jedisQueue().zpopmin(key, count));
  }

  /**
   * Queues Jedis's {@code zcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcount(String key, double min, double max) {
    return futureOf(jedisQueue().zcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcount(String key, String min, String max) {
    return futureOf(jedisQueue().zcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByScore(String key, double min, double max) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByScore(String key, String min, String max) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByScore(String key, double max, double min) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByScore(String key, double min, double max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByScore(String key, String max, String min) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByScore(String key, String min, String max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByScore(String key, double max, double min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(String key, double min, double max) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(String key, double max, double min) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(String key, double min, double max,
      int offset, int count) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByScore(String key, String max, String min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(String key, String min, String max) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(String key, String max, String min) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(String key, String min, String max,
      int offset, int count) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(String key, double max, double min,
      int offset, int count) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(String key, String max, String min,
      int offset, int count) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrange(String key, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrange(key, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeWithScores(String key, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrangeWithScores(key, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zrangestore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrangestore(String dest, String src, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrangestore(dest, src, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zremrangeByRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByRank(String key, long start, long stop) {
    return futureOf(jedisQueue().zremrangeByRank(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zremrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByScore(String key, double min, double max) {
    return futureOf(jedisQueue().zremrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zremrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByScore(String key, String min, String max) {
    return futureOf(jedisQueue().zremrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zlexcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zlexcount(String key, String min, String max) {
    return futureOf(jedisQueue().zlexcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByLex(String key, String min, String max) {
    return futureOf(jedisQueue().zrangeByLex(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrangeByLex(String key, String min, String max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByLex(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByLex(String key, String max, String min) {
    return futureOf(jedisQueue().zrevrangeByLex(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrevrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zrevrangeByLex(String key, String max, String min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByLex(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zremrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByLex(String key, String min, String max) {
    return futureOf(jedisQueue().zremrangeByLex(key, min, max));
  }

  /**
   * Queues Jedis's {@code zscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<Tuple>> zscan(String key, String cursor, ScanParams params) {
    return futureOf(jedisQueue().zscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code bzpopmax}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, Tuple>> bzpopmax(double timeout, String... keys) {
    return futureOf(jedisQueue().bzpopmax(timeout, keys));
  }

  /**
   * Queues Jedis's {@code bzpopmin}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, Tuple>> bzpopmin(double timeout, String... keys) {
    return futureOf(jedisQueue().bzpopmin(timeout, keys));
  }

  /**
   * Queues Jedis's {@code zmpop}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<Tuple>>> zmpop(SortedSetOption option, String... keys) {
    return futureOf(jedisQueue().zmpop(option, keys));
  }

  /**
   * Queues Jedis's {@code zmpop}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<Tuple>>> zmpop(SortedSetOption option, int count,
      String... keys) {
    return futureOf(jedisQueue().zmpop(option, count, keys));
  }

  /**
   * Queues Jedis's {@code bzmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<Tuple>>> bzmpop(double timeout, SortedSetOption option,
      String... keys) {
    return futureOf(jedisQueue().bzmpop(timeout, option, keys));
  }

  /**
   * Queues Jedis's {@code bzmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<String, List<Tuple>>> bzmpop(double timeout, SortedSetOption option,
      int count, String... keys) {
    return futureOf(jedisQueue().bzmpop(timeout, option, count, keys));
  }

  /**
   * Queues Jedis's {@code zdiff}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zdiff(String... keys) {
    return futureOf(jedisQueue().zdiff(keys));
  }

  /**
   * Queues Jedis's {@code zdiffWithScores}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zdiffWithScores(String... keys) {
    return futureOf(jedisQueue().zdiffWithScores(keys));
  }

  /**
   * Queues Jedis's {@code zdiffStore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#zdiffStore}
   */
  @Deprecated
  public final Future<Long> zdiffStore(String dstKey, String... keys) {
    return futureOf(jedisQueue().zdiffStore(dstKey, keys));
  }

  /**
   * Queues Jedis's {@code zdiffstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zdiffstore(String dstKey, String... keys) {
    return futureOf(jedisQueue().zdiffstore(dstKey, keys));
  }

  /**
   * Queues Jedis's {@code zinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zinterstore(String dstKey, String... sets) {
    return futureOf(jedisQueue().zinterstore(dstKey, sets));
  }

  /**
   * Queues Jedis's {@code zinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zinterstore(String dstKey, ZParams params, String... sets) {
    return futureOf(jedisQueue().zinterstore(dstKey, params, sets));
  }

  /**
   * Queues Jedis's {@code zinter}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zinter(ZParams params, String... keys) {
    return futureOf(jedisQueue().zinter(params, keys));
  }

  /**
   * Queues Jedis's {@code zinterWithScores}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zinterWithScores(ZParams params, String... keys) {
    return futureOf(jedisQueue().zinterWithScores(params, keys));
  }

  /**
   * Queues Jedis's {@code zintercard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zintercard(String... keys) {
    return futureOf(jedisQueue().zintercard(keys));
  }

  /**
   * Queues Jedis's {@code zintercard}; the future is filled when the root pipeline executes.
   *
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zintercard(long limit, String... keys) {
    return futureOf(jedisQueue().zintercard(limit, keys));
  }

  /**
   * Queues Jedis's {@code zunion}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> zunion(ZParams params, String... keys) {
    return futureOf(jedisQueue().zunion(params, keys));
  }

  /**
   * Queues Jedis's {@code zunionWithScores}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zunionWithScores(ZParams params, String... keys) {
    return futureOf(jedisQueue().zunionWithScores(params, keys));
  }

  /**
   * Queues Jedis's {@code zunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zunionstore(String dstKey, String... sets) {
    return futureOf(jedisQueue().zunionstore(dstKey, sets));
  }

  /**
   * Queues Jedis's {@code zunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zunionstore(String dstKey, ZParams params, String... sets) {
    return futureOf(jedisQueue().zunionstore(dstKey, params, sets));
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(String key, double longitude, double latitude, String member) {
    return futureOf(jedisQueue().geoadd(key, longitude, latitude, member));
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param memberCoordinateMap the {@code memberCoordinateMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(String key, Map<String, GeoCoordinate> memberCoordinateMap) {
    return futureOf(jedisQueue().geoadd(key, memberCoordinateMap));
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param memberCoordinateMap the {@code memberCoordinateMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(String key, GeoAddParams params,
      Map<String, GeoCoordinate> memberCoordinateMap) {
    return futureOf(jedisQueue().geoadd(key, params, memberCoordinateMap));
  }

  /**
   * Queues Jedis's {@code geodist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member1 the {@code member1} argument, passed to Jedis as it is
   * @param member2 the {@code member2} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> geodist(String key, String member1, String member2) {
    return futureOf(jedisQueue().geodist(key, member1, member2));
  }

  /**
   * Queues Jedis's {@code geodist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member1 the {@code member1} argument, passed to Jedis as it is
   * @param member2 the {@code member2} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> geodist(String key, String member1, String member2, GeoUnit unit) {
    return futureOf(jedisQueue().geodist(key, member1, member2, unit));
  }

  /**
   * Queues Jedis's {@code geohash}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> geohash(String key, String... members) {
    return futureOf(jedisQueue().geohash(key, members));
  }

  /**
   * Queues Jedis's {@code geopos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoCoordinate>> geopos(String key, String... members) {
    return futureOf(jedisQueue().geopos(key, members));
  }

  /**
   * Queues Jedis's {@code georadius}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadius(String key, double longitude,
      double latitude, double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadius(key, longitude, latitude, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusReadonly(String key, double longitude,
      double latitude, double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusReadonly(key, longitude, latitude, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadius}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadius(String key, double longitude,
      double latitude, double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadius(key, longitude, latitude, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusReadonly(String key, double longitude,
      double latitude, double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusReadonly(key, longitude, latitude, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusByMember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMember(String key, String member,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusByMember(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMemberReadonly(String key, String member,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusByMemberReadonly(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusByMember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMember(String key, String member,
      double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusByMember(key, member, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMemberReadonly(String key, String member,
      double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusByMemberReadonly(key, member, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusStore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @param storeParam the {@code storeParam} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> georadiusStore(String key, double longitude, double latitude,
      double radius, GeoUnit unit, GeoRadiusParam param, GeoRadiusStoreParam storeParam) {
    return futureOf(jedisQueue().georadiusStore(key, longitude, latitude, radius, unit, param, storeParam));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberStore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @param storeParam the {@code storeParam} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> georadiusByMemberStore(String key, String member, double radius,
      GeoUnit unit, GeoRadiusParam param, GeoRadiusStoreParam storeParam) {
    return futureOf(jedisQueue().georadiusByMemberStore(key, member, radius, unit, param, storeParam));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(String key, String member, double radius,
      GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(String key, GeoCoordinate coord,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, coord, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(String key, String member, double width,
      double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, member, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(String key, GeoCoordinate coord,
      double width, double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, coord, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(String key, GeoSearchParam params) {
    return futureOf(jedisQueue().geosearch(key, params));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(String dest, String src, String member, double radius,
      GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(String dest, String src, GeoCoordinate coord,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, coord, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(String dest, String src, String member, double width,
      double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, member, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(String dest, String src, GeoCoordinate coord,
      double width, double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, coord, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(String dest, String src, GeoSearchParam params) {
    return futureOf(jedisQueue().geosearchStore(dest, src, params));
  }

  /**
   * Queues Jedis's {@code geosearchStoreStoreDist}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStoreStoreDist(String dest, String src,
      GeoSearchParam params) {
    return futureOf(jedisQueue().geosearchStoreStoreDist(dest, src, params));
  }

  /**
   * Queues Jedis's {@code pfadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param elements the {@code elements} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfadd(String key, String... elements) {
    return futureOf(jedisQueue().pfadd(key, elements));
  }

  /**
   * Queues Jedis's {@code pfmerge}; the future is filled when the root pipeline executes.
   *
   * @param destkey the {@code destkey} argument, passed to Jedis as it is
   * @param sourcekeys the {@code sourcekeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> pfmerge(String destkey, String... sourcekeys) {
    return futureOf(jedisQueue().pfmerge(destkey, sourcekeys));
  }

  /**
   * Queues Jedis's {@code pfcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfcount(String key) {
    return futureOf(jedisQueue().pfcount(key));
  }

  /**
   * Queues Jedis's {@code pfcount}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfcount(String... keys) {
    return futureOf(jedisQueue().pfcount(keys));
  }

  /**
   * Queues Jedis's {@code arcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arcount(String key) {
    return futureOf(jedisQueue().arcount(key));
  }

  /**
   * Queues Jedis's {@code ardel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardel(String key, long index) {
    return futureOf(jedisQueue().ardel(key, index));
  }

  /**
   * Queues Jedis's {@code ardel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indices the {@code indices} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardel(String key, long... indices) {
    return futureOf(jedisQueue().ardel(key, indices));
  }

  /**
   * Queues Jedis's {@code ardelrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ranges the {@code ranges} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardelrange(String key, LongRange... ranges) {
    return futureOf(jedisQueue().ardelrange(key, ranges));
  }

  /**
   * Queues Jedis's {@code ardelrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardelrange(String key, long start, long end) {
    return futureOf(jedisQueue().ardelrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code arget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> arget(String key, long index) {
    return futureOf(jedisQueue().arget(key, index));
  }

  /**
   * Queues Jedis's {@code argetrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> argetrange(String key, long start, long end) {
    return futureOf(jedisQueue().argetrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code argrep}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> argrep(String key, ArgrepParams params) {
    return futureOf(jedisQueue().argrep(key, params));
  }

  /**
   * Queues Jedis's {@code argrepWithValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, String>>> argrepWithValues(String key,
      ArgrepParams params) {
    return futureOf(jedisQueue().argrepWithValues(key, params));
  }

  /**
   * Queues Jedis's {@code arinfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ArrayInfo> arinfo(String key) {
    return futureOf(jedisQueue().arinfo(key));
  }

  /**
   * Queues Jedis's {@code arinfoFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ArrayFullInfo> arinfoFull(String key) {
    return futureOf(jedisQueue().arinfoFull(key));
  }

  /**
   * Queues Jedis's {@code arinsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arinsert(String key, String... values) {
    return futureOf(jedisQueue().arinsert(key, values));
  }

  /**
   * Queues Jedis's {@code arinsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arinsert(String key, String value) {
    return futureOf(jedisQueue().arinsert(key, value));
  }

  /**
   * Queues Jedis's {@code arlastitems}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> arlastitems(String key, long count) {
    return futureOf(jedisQueue().arlastitems(key, count));
  }

  /**
   * Queues Jedis's {@code arlastitems}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param rev the {@code rev} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> arlastitems(String key, long count, boolean rev) {
    return futureOf(jedisQueue().arlastitems(key, count, rev));
  }

  /**
   * Queues Jedis's {@code arlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arlen(String key) {
    return futureOf(jedisQueue().arlen(key));
  }

  /**
   * Queues Jedis's {@code armget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indices the {@code indices} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> armget(String key, long... indices) {
    return futureOf(jedisQueue().armget(key, indices));
  }

  /**
   * Queues Jedis's {@code armset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indexValueMap the {@code indexValueMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> armset(String key, Map<Long, String> indexValueMap) {
    return futureOf(jedisQueue().armset(key, indexValueMap));
  }

  /**
   * Queues Jedis's {@code arnext}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arnext(String key) {
    return futureOf(jedisQueue().arnext(key));
  }

  /**
   * Queues Jedis's {@code aropBitwise}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param op the {@code op} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropBitwise(String key, long start, long end, ArrayBitwise op) {
    return futureOf(jedisQueue().aropBitwise(key, start, end, op));
  }

  /**
   * Queues Jedis's {@code aropAggregate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param op the {@code op} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> aropAggregate(String key, long start, long end, ArrayAggregate op) {
    return futureOf(jedisQueue().aropAggregate(key, start, end, op));
  }

  /**
   * Queues Jedis's {@code aropCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropCount(String key, long start, long end) {
    return futureOf(jedisQueue().aropCount(key, start, end));
  }

  /**
   * Queues Jedis's {@code aropCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param match the {@code match} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropCount(String key, long start, long end, String match) {
    return futureOf(jedisQueue().aropCount(key, start, end, match));
  }

  /**
   * Queues Jedis's {@code arring}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param size the {@code size} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arring(String key, long size, String... values) {
    return futureOf(jedisQueue().arring(key, size, values));
  }

  /**
   * Queues Jedis's {@code arring}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param size the {@code size} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arring(String key, long size, String value) {
    return futureOf(jedisQueue().arring(key, size, value));
  }

  /**
   * Queues Jedis's {@code arscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, String>>> arscan(String key, long start, long end) {
    return futureOf(jedisQueue().arscan(key, start, end));
  }

  /**
   * Queues Jedis's {@code arscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, String>>> arscan(String key, long start, long end,
      long limit) {
    return futureOf(jedisQueue().arscan(key, start, end, limit));
  }

  /**
   * Queues Jedis's {@code arseek}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arseek(String key, long index) {
    return futureOf(jedisQueue().arseek(key, index));
  }

  /**
   * Queues Jedis's {@code arset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arset(String key, long index, String... values) {
    return futureOf(jedisQueue().arset(key, index, values));
  }

  /**
   * Queues Jedis's {@code arset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arset(String key, long index, String value) {
    return futureOf(jedisQueue().arset(key, index, value));
  }

  /**
   * Queues Jedis's {@code xadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param id the {@code id} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamEntryID> xadd(String key, StreamEntryID id, Map<String, String> hash) {
    return futureOf(jedisQueue().xadd(key, id, hash));
  }

  /**
   * Queues Jedis's {@code xadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamEntryID> xadd(String key, XAddParams params, Map<String, String> hash) {
    return futureOf(jedisQueue().xadd(key, params, hash));
  }

  /**
   * Queues Jedis's {@code xlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xlen(String key) {
    return futureOf(jedisQueue().xlen(key));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrange(String key, StreamEntryID start,
      StreamEntryID end) {
    return futureOf(jedisQueue().xrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrange(String key, StreamEntryID start, StreamEntryID end,
      int count) {
    return futureOf(jedisQueue().xrange(key, start, end, count));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrevrange(String key, StreamEntryID end,
      StreamEntryID start) {
    return futureOf(jedisQueue().xrevrange(key, end, start));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrevrange(String key, StreamEntryID end,
      StreamEntryID start, int count) {
    return futureOf(jedisQueue().xrevrange(key, end, start, count));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrange(String key, String start, String end) {
    return futureOf(jedisQueue().xrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrange(String key, String start, String end, int count) {
    return futureOf(jedisQueue().xrange(key, start, end, count));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrevrange(String key, String end, String start) {
    return futureOf(jedisQueue().xrevrange(key, end, start));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xrevrange(String key, String end, String start,
      int count) {
    return futureOf(jedisQueue().xrevrange(key, end, start, count));
  }

  /**
   * Queues Jedis's {@code xack}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xack(String key, String group, StreamEntryID... ids) {
    return futureOf(jedisQueue().xack(key, group, ids));
  }

  /**
   * Queues Jedis's {@code xackdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xackdel(String key, String group,
      StreamEntryID... ids) {
    return futureOf(jedisQueue().xackdel(key, group, ids));
  }

  /**
   * Queues Jedis's {@code xackdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param trimMode the {@code trimMode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xackdel(String key, String group,
      StreamDeletionPolicy trimMode, StreamEntryID... ids) {
    return futureOf(jedisQueue().xackdel(key, group, trimMode, ids));
  }

  /**
   * Queues Jedis's {@code xnack}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param mode the {@code mode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xnack(String key, String group, XNackMode mode, StreamEntryID... ids) {
    return futureOf(jedisQueue().xnack(key, group, mode, ids));
  }

  /**
   * Queues Jedis's {@code xgroupCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param id the {@code id} argument, passed to Jedis as it is
   * @param makeStream the {@code makeStream} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> xgroupCreate(String key, String groupName, StreamEntryID id,
      boolean makeStream) {
    return futureOf(jedisQueue().xgroupCreate(key, groupName, id, makeStream));
  }

  /**
   * Queues Jedis's {@code xgroupSetID}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param id the {@code id} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> xgroupSetID(String key, String groupName, StreamEntryID id) {
    return futureOf(jedisQueue().xgroupSetID(key, groupName, id));
  }

  /**
   * Queues Jedis's {@code xgroupDestroy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xgroupDestroy(String key, String groupName) {
    return futureOf(jedisQueue().xgroupDestroy(key, groupName));
  }

  /**
   * Queues Jedis's {@code xgroupCreateConsumer}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> xgroupCreateConsumer(String key, String groupName,
      String consumerName) {
    return futureOf(jedisQueue().xgroupCreateConsumer(key, groupName, consumerName));
  }

  /**
   * Queues Jedis's {@code xgroupDelConsumer}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xgroupDelConsumer(String key, String groupName, String consumerName) {
    return futureOf(jedisQueue().xgroupDelConsumer(key, groupName, consumerName));
  }

  /**
   * Queues Jedis's {@code xpending}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamPendingSummary> xpending(String key, String groupName) {
    return futureOf(jedisQueue().xpending(key, groupName));
  }

  /**
   * Queues Jedis's {@code xpending}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamPendingEntry>> xpending(String key, String groupName,
      XPendingParams params) {
    return futureOf(jedisQueue().xpending(key, groupName, params));
  }

  /**
   * Queues Jedis's {@code xdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xdel(String key, StreamEntryID... ids) {
    return futureOf(jedisQueue().xdel(key, ids));
  }

  /**
   * Queues Jedis's {@code xdelex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xdelex(String key, StreamEntryID... ids) {
    return futureOf(jedisQueue().xdelex(key, ids));
  }

  /**
   * Queues Jedis's {@code xdelex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param trimMode the {@code trimMode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xdelex(String key,
      StreamDeletionPolicy trimMode, StreamEntryID... ids) {
    return futureOf(jedisQueue().xdelex(key, trimMode, ids));
  }

  /**
   * Queues Jedis's {@code xtrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param maxLen the {@code maxLen} argument, passed to Jedis as it is
   * @param approximate the {@code approximate} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xtrim(String key, long maxLen, boolean approximate) {
    return futureOf(jedisQueue().xtrim(key, maxLen, approximate));
  }

  /**
   * Queues Jedis's {@code xtrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xtrim(String key, XTrimParams params) {
    return futureOf(jedisQueue().xtrim(key, params));
  }

  /**
   * Queues Jedis's {@code xclaim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntry>> xclaim(String key, String group, String consumerName,
      long minIdleTime, XClaimParams params, StreamEntryID... ids) {
    return futureOf(jedisQueue().xclaim(key, group, consumerName, minIdleTime, params, ids));
  }

  /**
   * Queues Jedis's {@code xclaimJustId}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryID>> xclaimJustId(String key, String group,
      String consumerName, long minIdleTime, XClaimParams params, StreamEntryID... ids) {
    return futureOf(jedisQueue().xclaimJustId(key, group, consumerName, minIdleTime, params, ids));
  }

  /**
   * Queues Jedis's {@code xautoclaim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map.Entry<StreamEntryID, List<StreamEntry>>> xautoclaim(String key,
      String group, String consumerName, long minIdleTime, StreamEntryID start,
      XAutoClaimParams params) {
    return futureOf(jedisQueue().xautoclaim(key, group, consumerName, minIdleTime, start, params));
  }

  /**
   * Queues Jedis's {@code xautoclaimJustId}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map.Entry<StreamEntryID, List<StreamEntryID>>> xautoclaimJustId(String key,
      String group, String consumerName, long minIdleTime, StreamEntryID start,
      XAutoClaimParams params) {
    return futureOf(jedisQueue().xautoclaimJustId(key, group, consumerName, minIdleTime, start, params));
  }

  /**
   * Queues Jedis's {@code xinfoStream}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamInfo> xinfoStream(String key) {
    return futureOf(jedisQueue().xinfoStream(key));
  }

  /**
   * Queues Jedis's {@code xinfoStreamFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamFullInfo> xinfoStreamFull(String key) {
    return futureOf(jedisQueue().xinfoStreamFull(key));
  }

  /**
   * Queues Jedis's {@code xinfoStreamFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<StreamFullInfo> xinfoStreamFull(String key, int count) {
    return futureOf(jedisQueue().xinfoStreamFull(key, count));
  }

  /**
   * Queues Jedis's {@code xinfoGroups}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamGroupInfo>> xinfoGroups(String key) {
    return futureOf(jedisQueue().xinfoGroups(key));
  }

  /**
   * Queues Jedis's {@code xinfoConsumers}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamConsumersInfo>> xinfoConsumers(String key, String group) {
    return futureOf(jedisQueue().xinfoConsumers(key, group));
  }

  /**
   * Queues Jedis's {@code xinfoConsumers2}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamConsumerInfo>> xinfoConsumers2(String key, String group) {
    return futureOf(jedisQueue().xinfoConsumers2(key, group));
  }

  /**
   * Queues Jedis's {@code xread}; the future is filled when the root pipeline executes.
   *
   * @param xReadParams the {@code xReadParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<String, List<StreamEntry>>>> xread(XReadParams xReadParams,
      Map<String, StreamEntryID> streams) {
    return futureOf(jedisQueue().xread(xReadParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadAsMap}; the future is filled when the root pipeline executes.
   *
   * @param xReadParams the {@code xReadParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, List<StreamEntry>>> xreadAsMap(XReadParams xReadParams,
      Map<String, StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadAsMap(xReadParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadGroup}; the future is filled when the root pipeline executes.
   *
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumer the {@code consumer} argument, passed to Jedis as it is
   * @param xReadGroupParams the {@code xReadGroupParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<String, List<StreamEntry>>>> xreadGroup(String groupName,
      String consumer, XReadGroupParams xReadGroupParams, Map<String, StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadGroup(groupName, consumer, xReadGroupParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadGroupAsMap}; the future is filled when the root pipeline executes.
   *
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumer the {@code consumer} argument, passed to Jedis as it is
   * @param xReadGroupParams the {@code xReadGroupParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, List<StreamEntry>>> xreadGroupAsMap(String groupName,
      String consumer, XReadGroupParams xReadGroupParams, Map<String, StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadGroupAsMap(groupName, consumer, xReadGroupParams, streams));
  }

  /**
   * Queues Jedis's {@code xcfgset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> xcfgset(String key, XCfgSetParams params) {
    return futureOf(jedisQueue().xcfgset(key, params));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(String script) {
    return futureOf(jedisQueue().eval(script));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keyCount the {@code keyCount} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(String script, int keyCount, String... params) {
    return futureOf(jedisQueue().eval(script, keyCount, params));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(String script, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().eval(script, keys, args));
  }

  /**
   * Queues Jedis's {@code evalReadonly}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalReadonly(String script, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().evalReadonly(script, keys, args));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(String sha1) {
    return futureOf(jedisQueue().evalsha(sha1));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keyCount the {@code keyCount} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(String sha1, int keyCount, String... params) {
    return futureOf(jedisQueue().evalsha(sha1, keyCount, params));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(String sha1, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().evalsha(sha1, keys, args));
  }

  /**
   * Queues Jedis's {@code evalshaReadonly}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalshaReadonly(String sha1, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().evalshaReadonly(sha1, keys, args));
  }

  /**
   * Queues Jedis's {@code waitReplicas}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param replicas the {@code replicas} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> waitReplicas(String sampleKey, int replicas, long timeout) {
    return futureOf(jedisQueue().waitReplicas(sampleKey, replicas, timeout));
  }

  /**
   * Queues Jedis's {@code waitAOF}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param numLocal the {@code numLocal} argument, passed to Jedis as it is
   * @param numReplicas the {@code numReplicas} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Long>> waitAOF(String sampleKey, long numLocal,
      long numReplicas, long timeout) {
    return futureOf(jedisQueue().waitAOF(sampleKey, numLocal, numReplicas, timeout));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(String script, String sampleKey) {
    return futureOf(jedisQueue().eval(script, sampleKey));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(String sha1, String sampleKey) {
    return futureOf(jedisQueue().evalsha(sha1, sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptExists}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> scriptExists(String sampleKey, String... sha1) {
    return futureOf(jedisQueue().scriptExists(sampleKey, sha1));
  }

  /**
   * Queues Jedis's {@code scriptLoad}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptLoad(String script, String sampleKey) {
    return futureOf(jedisQueue().scriptLoad(script, sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptFlush}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptFlush(String sampleKey) {
    return futureOf(jedisQueue().scriptFlush(sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptFlush}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param flushMode the {@code flushMode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptFlush(String sampleKey, FlushMode flushMode) {
    return futureOf(jedisQueue().scriptFlush(sampleKey, flushMode));
  }

  /**
   * Queues Jedis's {@code scriptKill}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptKill(String sampleKey) {
    return futureOf(jedisQueue().scriptKill(sampleKey));
  }

  /**
   * Queues Jedis's {@code fcall}; the future is filled when the root pipeline executes.
   *
   * @param name the {@code name} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> fcall(byte[] name, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().fcall(name, keys, args));
  }

  /**
   * Queues Jedis's {@code fcall}; the future is filled when the root pipeline executes.
   *
   * @param name the {@code name} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> fcall(String name, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().fcall(name, keys, args));
  }

  /**
   * Queues Jedis's {@code fcallReadonly}; the future is filled when the root pipeline executes.
   *
   * @param name the {@code name} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> fcallReadonly(byte[] name, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().fcallReadonly(name, keys, args));
  }

  /**
   * Queues Jedis's {@code fcallReadonly}; the future is filled when the root pipeline executes.
   *
   * @param name the {@code name} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> fcallReadonly(String name, List<String> keys, List<String> args) {
    return futureOf(jedisQueue().fcallReadonly(name, keys, args));
  }

  /**
   * Queues Jedis's {@code functionDelete}; the future is filled when the root pipeline executes.
   *
   * @param libraryName the {@code libraryName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionDelete(byte[] libraryName) {
    return futureOf(jedisQueue().functionDelete(libraryName));
  }

  /**
   * Queues Jedis's {@code functionDelete}; the future is filled when the root pipeline executes.
   *
   * @param libraryName the {@code libraryName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionDelete(String libraryName) {
    return futureOf(jedisQueue().functionDelete(libraryName));
  }

  /**
   * Queues Jedis's {@code functionDump}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> functionDump() {
    return futureOf(jedisQueue().functionDump());
  }

  /**
   * Queues Jedis's {@code functionList}; the future is filled when the root pipeline executes.
   *
   * @param libraryNamePattern the {@code libraryNamePattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<LibraryInfo>> functionList(String libraryNamePattern) {
    return futureOf(jedisQueue().functionList(libraryNamePattern));
  }

  /**
   * Queues Jedis's {@code functionList}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<LibraryInfo>> functionList() {
    return futureOf(jedisQueue().functionList());
  }

  /**
   * Queues Jedis's {@code functionListWithCode}; the future is filled when the root pipeline executes.
   *
   * @param libraryNamePattern the {@code libraryNamePattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<LibraryInfo>> functionListWithCode(String libraryNamePattern) {
    return futureOf(jedisQueue().functionListWithCode(libraryNamePattern));
  }

  /**
   * Queues Jedis's {@code functionListWithCode}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<LibraryInfo>> functionListWithCode() {
    return futureOf(jedisQueue().functionListWithCode());
  }

  /**
   * Queues Jedis's {@code functionListBinary}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> functionListBinary() {
    return futureOf(jedisQueue().functionListBinary());
  }

  /**
   * Queues Jedis's {@code functionList}; the future is filled when the root pipeline executes.
   *
   * @param libraryNamePattern the {@code libraryNamePattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> functionList(byte[] libraryNamePattern) {
    return futureOf(jedisQueue().functionList(libraryNamePattern));
  }

  /**
   * Queues Jedis's {@code functionListWithCodeBinary}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> functionListWithCodeBinary() {
    return futureOf(jedisQueue().functionListWithCodeBinary());
  }

  /**
   * Queues Jedis's {@code functionListWithCode}; the future is filled when the root pipeline executes.
   *
   * @param libraryNamePattern the {@code libraryNamePattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> functionListWithCode(byte[] libraryNamePattern) {
    return futureOf(jedisQueue().functionListWithCode(libraryNamePattern));
  }

  /**
   * Queues Jedis's {@code functionLoad}; the future is filled when the root pipeline executes.
   *
   * @param functionCode the {@code functionCode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionLoad(byte[] functionCode) {
    return futureOf(jedisQueue().functionLoad(functionCode));
  }

  /**
   * Queues Jedis's {@code functionLoad}; the future is filled when the root pipeline executes.
   *
   * @param functionCode the {@code functionCode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionLoad(String functionCode) {
    return futureOf(jedisQueue().functionLoad(functionCode));
  }

  /**
   * Queues Jedis's {@code functionLoadReplace}; the future is filled when the root pipeline executes.
   *
   * @param functionCode the {@code functionCode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionLoadReplace(byte[] functionCode) {
    return futureOf(jedisQueue().functionLoadReplace(functionCode));
  }

  /**
   * Queues Jedis's {@code functionLoadReplace}; the future is filled when the root pipeline executes.
   *
   * @param functionCode the {@code functionCode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionLoadReplace(String functionCode) {
    return futureOf(jedisQueue().functionLoadReplace(functionCode));
  }

  /**
   * Queues Jedis's {@code functionRestore}; the future is filled when the root pipeline executes.
   *
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionRestore(byte[] serializedValue) {
    return futureOf(jedisQueue().functionRestore(serializedValue));
  }

  /**
   * Queues Jedis's {@code functionRestore}; the future is filled when the root pipeline executes.
   *
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @param policy the {@code policy} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionRestore(byte[] serializedValue,
      FunctionRestorePolicy policy) {
    return futureOf(jedisQueue().functionRestore(serializedValue, policy));
  }

  /**
   * Queues Jedis's {@code functionFlush}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionFlush() {
    return futureOf(jedisQueue().functionFlush());
  }

  /**
   * Queues Jedis's {@code functionFlush}; the future is filled when the root pipeline executes.
   *
   * @param mode the {@code mode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionFlush(FlushMode mode) {
    return futureOf(jedisQueue().functionFlush(mode));
  }

  /**
   * Queues Jedis's {@code functionKill}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> functionKill() {
    return futureOf(jedisQueue().functionKill());
  }

  /**
   * Queues Jedis's {@code functionStats}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<FunctionStats> functionStats() {
    return futureOf(jedisQueue().functionStats());
  }

  /**
   * Queues Jedis's {@code functionStatsBinary}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> functionStatsBinary() {
    return futureOf(jedisQueue().functionStatsBinary());
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(byte[] key, double longitude, double latitude, byte[] member) {
    return futureOf(jedisQueue().geoadd(key, longitude, latitude, member));
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param memberCoordinateMap the {@code memberCoordinateMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(byte[] key, Map<byte[], GeoCoordinate> memberCoordinateMap) {
    return futureOf(jedisQueue().geoadd(key, memberCoordinateMap));
  }

  /**
   * Queues Jedis's {@code geoadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param memberCoordinateMap the {@code memberCoordinateMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geoadd(byte[] key, GeoAddParams params,
      Map<byte[], GeoCoordinate> memberCoordinateMap) {
    return futureOf(jedisQueue().geoadd(key, params, memberCoordinateMap));
  }

  /**
   * Queues Jedis's {@code geodist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member1 the {@code member1} argument, passed to Jedis as it is
   * @param member2 the {@code member2} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> geodist(byte[] key, byte[] member1, byte[] member2) {
    return futureOf(jedisQueue().geodist(key, member1, member2));
  }

  /**
   * Queues Jedis's {@code geodist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member1 the {@code member1} argument, passed to Jedis as it is
   * @param member2 the {@code member2} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> geodist(byte[] key, byte[] member1, byte[] member2, GeoUnit unit) {
    return futureOf(jedisQueue().geodist(key, member1, member2, unit));
  }

  /**
   * Queues Jedis's {@code geohash}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> geohash(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().geohash(key, members));
  }

  /**
   * Queues Jedis's {@code geopos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoCoordinate>> geopos(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().geopos(key, members));
  }

  /**
   * Queues Jedis's {@code georadius}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadius(byte[] key, double longitude,
      double latitude, double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadius(key, longitude, latitude, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusReadonly(byte[] key, double longitude,
      double latitude, double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusReadonly(key, longitude, latitude, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadius}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadius(byte[] key, double longitude,
      double latitude, double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadius(key, longitude, latitude, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusReadonly(byte[] key, double longitude,
      double latitude, double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusReadonly(key, longitude, latitude, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusByMember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMember(byte[] key, byte[] member,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusByMember(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMemberReadonly(byte[] key, byte[] member,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().georadiusByMemberReadonly(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code georadiusByMember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMember(byte[] key, byte[] member,
      double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusByMember(key, member, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> georadiusByMemberReadonly(byte[] key, byte[] member,
      double radius, GeoUnit unit, GeoRadiusParam param) {
    return futureOf(jedisQueue().georadiusByMemberReadonly(key, member, radius, unit, param));
  }

  /**
   * Queues Jedis's {@code georadiusStore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param longitude the {@code longitude} argument, passed to Jedis as it is
   * @param latitude the {@code latitude} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @param storeParam the {@code storeParam} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> georadiusStore(byte[] key, double longitude, double latitude,
      double radius, GeoUnit unit, GeoRadiusParam param, GeoRadiusStoreParam storeParam) {
    return futureOf(jedisQueue().georadiusStore(key, longitude, latitude, radius, unit, param, storeParam));
  }

  /**
   * Queues Jedis's {@code georadiusByMemberStore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @param param the {@code param} argument, passed to Jedis as it is
   * @param storeParam the {@code storeParam} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> georadiusByMemberStore(byte[] key, byte[] member, double radius,
      GeoUnit unit, GeoRadiusParam param, GeoRadiusStoreParam storeParam) {
    return futureOf(jedisQueue().georadiusByMemberStore(key, member, radius, unit, param, storeParam));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(byte[] key, byte[] member, double radius,
      GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(byte[] key, GeoCoordinate coord,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, coord, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(byte[] key, byte[] member, double width,
      double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, member, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(byte[] key, GeoCoordinate coord,
      double width, double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearch(key, coord, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<GeoRadiusResponse>> geosearch(byte[] key, GeoSearchParam params) {
    return futureOf(jedisQueue().geosearch(key, params));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(byte[] dest, byte[] src, byte[] member, double radius,
      GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, member, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param radius the {@code radius} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(byte[] dest, byte[] src, GeoCoordinate coord,
      double radius, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, coord, radius, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(byte[] dest, byte[] src, byte[] member, double width,
      double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, member, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param coord the {@code coord} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param height the {@code height} argument, passed to Jedis as it is
   * @param unit the {@code unit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(byte[] dest, byte[] src, GeoCoordinate coord,
      double width, double height, GeoUnit unit) {
    return futureOf(jedisQueue().geosearchStore(dest, src, coord, width, height, unit));
  }

  /**
   * Queues Jedis's {@code geosearchStore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStore(byte[] dest, byte[] src, GeoSearchParam params) {
    return futureOf(jedisQueue().geosearchStore(dest, src, params));
  }

  /**
   * Queues Jedis's {@code geosearchStoreStoreDist}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> geosearchStoreStoreDist(byte[] dest, byte[] src,
      GeoSearchParam params) {
    return futureOf(jedisQueue().geosearchStoreStoreDist(dest, src, params));
  }

  /**
   * Queues Jedis's {@code hset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hset(byte[] key, byte[] field, byte[] value) {
    return futureOf(jedisQueue().hset(key, field, value));
  }

  /**
   * Queues Jedis's {@code hset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hset(byte[] key, Map<byte[], byte[]> hash) {
    return futureOf(jedisQueue().hset(key, hash));
  }

  /**
   * Queues Jedis's {@code hsetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetex(byte[] key, HSetExParams params, byte[] field, byte[] value) {
    return futureOf(jedisQueue().hsetex(key, params, field, value));
  }

  /**
   * Queues Jedis's {@code hsetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetex(byte[] key, HSetExParams params, Map<byte[], byte[]> hash) {
    return futureOf(jedisQueue().hsetex(key, params, hash));
  }

  /**
   * Queues Jedis's {@code hget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> hget(byte[] key, byte[] field) {
    return futureOf(jedisQueue().hget(key, field));
  }

  /**
   * Queues Jedis's {@code hgetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> hgetex(byte[] key, HGetExParams params, byte[]... fields) {
    return futureOf(jedisQueue().hgetex(key, params, fields));
  }

  /**
   * Queues Jedis's {@code hgetdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> hgetdel(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hgetdel(key, fields));
  }

  /**
   * Queues Jedis's {@code hsetnx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hsetnx(byte[] key, byte[] field, byte[] value) {
    return futureOf(jedisQueue().hsetnx(key, field, value));
  }

  /**
   * Queues Jedis's {@code hmset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#hmset}
   */
  @Deprecated
  public final Future<String> hmset(byte[] key, Map<byte[], byte[]> hash) {
    return futureOf(jedisQueue().hmset(key, hash));
  }

  /**
   * Queues Jedis's {@code hmget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> hmget(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hmget(key, fields));
  }

  /**
   * Queues Jedis's {@code hincrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hincrBy(byte[] key, byte[] field, long value) {
    return futureOf(jedisQueue().hincrBy(key, field, value));
  }

  /**
   * Queues Jedis's {@code hincrByFloat}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> hincrByFloat(byte[] key, byte[] field, double value) {
    return futureOf(jedisQueue().hincrByFloat(key, field, value));
  }

  /**
   * Queues Jedis's {@code hexists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> hexists(byte[] key, byte[] field) {
    return futureOf(jedisQueue().hexists(key, field));
  }

  /**
   * Queues Jedis's {@code hdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hdel(byte[] key, byte[]... field) {
    return futureOf(jedisQueue().hdel(key, field));
  }

  /**
   * Queues Jedis's {@code hlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hlen(byte[] key) {
    return futureOf(jedisQueue().hlen(key));
  }

  /**
   * Queues Jedis's {@code hkeys}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> hkeys(byte[] key) {
    return futureOf(jedisQueue().hkeys(key));
  }

  /**
   * Queues Jedis's {@code hvals}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> hvals(byte[] key) {
    return futureOf(jedisQueue().hvals(key));
  }

  /**
   * Queues Jedis's {@code hgetAll}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<byte[], byte[]>> hgetAll(byte[] key) {
    return futureOf(jedisQueue().hgetAll(key));
  }

  /**
   * Queues Jedis's {@code hrandfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> hrandfield(byte[] key) {
    return futureOf(jedisQueue().hrandfield(key));
  }

  /**
   * Queues Jedis's {@code hrandfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> hrandfield(byte[] key, long count) {
    return futureOf(jedisQueue().hrandfield(key, count));
  }

  /**
   * Queues Jedis's {@code hrandfieldWithValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<byte[], byte[]>>> hrandfieldWithValues(byte[] key,
      long count) {
    return futureOf(jedisQueue().hrandfieldWithValues(key, count));
  }

  /**
   * Queues Jedis's {@code hscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<Map.Entry<byte[], byte[]>>> hscan(byte[] key, byte[] cursor,
      ScanParams params) {
    return futureOf(jedisQueue().hscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code hscanNoValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<byte[]>> hscanNoValues(byte[] key, byte[] cursor,
      ScanParams params) {
    return futureOf(jedisQueue().hscanNoValues(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code hstrlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param field the {@code field} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> hstrlen(byte[] key, byte[] field) {
    return futureOf(jedisQueue().hstrlen(key, field));
  }

  /**
   * Queues Jedis's {@code hexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpire(byte[] key, long seconds, byte[]... fields) {
    return futureOf(jedisQueue().hexpire(key, seconds, fields));
  }

  /**
   * Queues Jedis's {@code hexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpire(byte[] key, long seconds, ExpiryOption condition,
      byte[]... fields) {
    return futureOf(jedisQueue().hexpire(key, seconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hpexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpire(byte[] key, long milliseconds, byte[]... fields) {
    return futureOf(jedisQueue().hpexpire(key, milliseconds, fields));
  }

  /**
   * Queues Jedis's {@code hpexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpire(byte[] key, long milliseconds, ExpiryOption condition,
      byte[]... fields) {
    return futureOf(jedisQueue().hpexpire(key, milliseconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeSeconds the {@code unixTimeSeconds} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireAt(byte[] key, long unixTimeSeconds, byte[]... fields) {
    return futureOf(jedisQueue().hexpireAt(key, unixTimeSeconds, fields));
  }

  /**
   * Queues Jedis's {@code hexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeSeconds the {@code unixTimeSeconds} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireAt(byte[] key, long unixTimeSeconds,
      ExpiryOption condition, byte[]... fields) {
    return futureOf(jedisQueue().hexpireAt(key, unixTimeSeconds, condition, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeMillis the {@code unixTimeMillis} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireAt(byte[] key, long unixTimeMillis, byte[]... fields) {
    return futureOf(jedisQueue().hpexpireAt(key, unixTimeMillis, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTimeMillis the {@code unixTimeMillis} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireAt(byte[] key, long unixTimeMillis,
      ExpiryOption condition, byte[]... fields) {
    return futureOf(jedisQueue().hpexpireAt(key, unixTimeMillis, condition, fields));
  }

  /**
   * Queues Jedis's {@code hexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hexpireTime(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hexpireTime(key, fields));
  }

  /**
   * Queues Jedis's {@code hpexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpexpireTime(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hpexpireTime(key, fields));
  }

  /**
   * Queues Jedis's {@code httl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> httl(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().httl(key, fields));
  }

  /**
   * Queues Jedis's {@code hpttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpttl(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hpttl(key, fields));
  }

  /**
   * Queues Jedis's {@code hpersist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fields the {@code fields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> hpersist(byte[] key, byte[]... fields) {
    return futureOf(jedisQueue().hpersist(key, fields));
  }

  /**
   * Queues Jedis's {@code pfadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param elements the {@code elements} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfadd(byte[] key, byte[]... elements) {
    return futureOf(jedisQueue().pfadd(key, elements));
  }

  /**
   * Queues Jedis's {@code pfmerge}; the future is filled when the root pipeline executes.
   *
   * @param destkey the {@code destkey} argument, passed to Jedis as it is
   * @param sourcekeys the {@code sourcekeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> pfmerge(byte[] destkey, byte[]... sourcekeys) {
    return futureOf(jedisQueue().pfmerge(destkey, sourcekeys));
  }

  /**
   * Queues Jedis's {@code pfcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfcount(byte[] key) {
    return futureOf(jedisQueue().pfcount(key));
  }

  /**
   * Queues Jedis's {@code pfcount}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pfcount(byte[]... keys) {
    return futureOf(jedisQueue().pfcount(keys));
  }

  /**
   * Queues Jedis's {@code arcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arcount(byte[] key) {
    return futureOf(jedisQueue().arcount(key));
  }

  /**
   * Queues Jedis's {@code ardel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardel(byte[] key, long index) {
    return futureOf(jedisQueue().ardel(key, index));
  }

  /**
   * Queues Jedis's {@code ardel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indices the {@code indices} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardel(byte[] key, long... indices) {
    return futureOf(jedisQueue().ardel(key, indices));
  }

  /**
   * Queues Jedis's {@code ardelrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ranges the {@code ranges} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardelrange(byte[] key, LongRange... ranges) {
    return futureOf(jedisQueue().ardelrange(key, ranges));
  }

  /**
   * Queues Jedis's {@code ardelrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ardelrange(byte[] key, long start, long end) {
    return futureOf(jedisQueue().ardelrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code arget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> arget(byte[] key, long index) {
    return futureOf(jedisQueue().arget(key, index));
  }

  /**
   * Queues Jedis's {@code argetrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> argetrange(byte[] key, long start, long end) {
    return futureOf(jedisQueue().argetrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code argrep}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> argrep(byte[] key, ArgrepParams params) {
    return futureOf(jedisQueue().argrep(key, params));
  }

  /**
   * Queues Jedis's {@code argrepWithValues}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, byte[]>>> argrepWithValues(byte[] key,
      ArgrepParams params) {
    return futureOf(jedisQueue().argrepWithValues(key, params));
  }

  /**
   * Queues Jedis's {@code arinfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ArrayInfo> arinfo(byte[] key) {
    return futureOf(jedisQueue().arinfo(key));
  }

  /**
   * Queues Jedis's {@code arinfoFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ArrayFullInfo> arinfoFull(byte[] key) {
    return futureOf(jedisQueue().arinfoFull(key));
  }

  /**
   * Queues Jedis's {@code arinsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arinsert(byte[] key, byte[]... values) {
    return futureOf(jedisQueue().arinsert(key, values));
  }

  /**
   * Queues Jedis's {@code arinsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arinsert(byte[] key, byte[] value) {
    return futureOf(jedisQueue().arinsert(key, value));
  }

  /**
   * Queues Jedis's {@code arlastitems}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> arlastitems(byte[] key, long count) {
    return futureOf(jedisQueue().arlastitems(key, count));
  }

  /**
   * Queues Jedis's {@code arlastitems}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param rev the {@code rev} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> arlastitems(byte[] key, long count, boolean rev) {
    return futureOf(jedisQueue().arlastitems(key, count, rev));
  }

  /**
   * Queues Jedis's {@code arlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arlen(byte[] key) {
    return futureOf(jedisQueue().arlen(key));
  }

  /**
   * Queues Jedis's {@code armget}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indices the {@code indices} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> armget(byte[] key, long... indices) {
    return futureOf(jedisQueue().armget(key, indices));
  }

  /**
   * Queues Jedis's {@code armset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param indexValueMap the {@code indexValueMap} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> armset(byte[] key, Map<Long, byte[]> indexValueMap) {
    return futureOf(jedisQueue().armset(key, indexValueMap));
  }

  /**
   * Queues Jedis's {@code arnext}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arnext(byte[] key) {
    return futureOf(jedisQueue().arnext(key));
  }

  /**
   * Queues Jedis's {@code aropBitwise}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param op the {@code op} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropBitwise(byte[] key, long start, long end, ArrayBitwise op) {
    return futureOf(jedisQueue().aropBitwise(key, start, end, op));
  }

  /**
   * Queues Jedis's {@code aropAggregate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param op the {@code op} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> aropAggregate(byte[] key, long start, long end, ArrayAggregate op) {
    return futureOf(jedisQueue().aropAggregate(key, start, end, op));
  }

  /**
   * Queues Jedis's {@code aropCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropCount(byte[] key, long start, long end) {
    return futureOf(jedisQueue().aropCount(key, start, end));
  }

  /**
   * Queues Jedis's {@code aropCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param match the {@code match} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> aropCount(byte[] key, long start, long end, byte[] match) {
    return futureOf(jedisQueue().aropCount(key, start, end, match));
  }

  /**
   * Queues Jedis's {@code arring}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param size the {@code size} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arring(byte[] key, long size, byte[]... values) {
    return futureOf(jedisQueue().arring(key, size, values));
  }

  /**
   * Queues Jedis's {@code arring}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param size the {@code size} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arring(byte[] key, long size, byte[] value) {
    return futureOf(jedisQueue().arring(key, size, value));
  }

  /**
   * Queues Jedis's {@code arscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, byte[]>>> arscan(byte[] key, long start, long end) {
    return futureOf(jedisQueue().arscan(key, start, end));
  }

  /**
   * Queues Jedis's {@code arscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<KeyValue<Long, byte[]>>> arscan(byte[] key, long start, long end,
      long limit) {
    return futureOf(jedisQueue().arscan(key, start, end, limit));
  }

  /**
   * Queues Jedis's {@code arseek}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arseek(byte[] key, long index) {
    return futureOf(jedisQueue().arseek(key, index));
  }

  /**
   * Queues Jedis's {@code arset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arset(byte[] key, long index, byte[]... values) {
    return futureOf(jedisQueue().arset(key, index, values));
  }

  /**
   * Queues Jedis's {@code arset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> arset(byte[] key, long index, byte[] value) {
    return futureOf(jedisQueue().arset(key, index, value));
  }

  /**
   * Queues Jedis's {@code exists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> exists(byte[] key) {
    return futureOf(jedisQueue().exists(key));
  }

  /**
   * Queues Jedis's {@code exists}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> exists(byte[]... keys) {
    return futureOf(jedisQueue().exists(keys));
  }

  /**
   * Queues Jedis's {@code persist}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> persist(byte[] key) {
    return futureOf(jedisQueue().persist(key));
  }

  /**
   * Queues Jedis's {@code type}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> type(byte[] key) {
    return futureOf(jedisQueue().type(key));
  }

  /**
   * Queues Jedis's {@code dump}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> dump(byte[] key) {
    return futureOf(jedisQueue().dump(key));
  }

  /**
   * Queues Jedis's {@code restore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ttl the {@code ttl} argument, passed to Jedis as it is
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> restore(byte[] key, long ttl, byte[] serializedValue) {
    return futureOf(jedisQueue().restore(key, ttl, serializedValue));
  }

  /**
   * Queues Jedis's {@code restore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ttl the {@code ttl} argument, passed to Jedis as it is
   * @param serializedValue the {@code serializedValue} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> restore(byte[] key, long ttl, byte[] serializedValue,
      RestoreParams params) {
    return futureOf(jedisQueue().restore(key, ttl, serializedValue, params));
  }

  /**
   * Queues Jedis's {@code expire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expire(byte[] key, long seconds) {
    return futureOf(jedisQueue().expire(key, seconds));
  }

  /**
   * Queues Jedis's {@code expire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expire(byte[] key, long seconds, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().expire(key, seconds, expiryOption));
  }

  /**
   * Queues Jedis's {@code pexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpire(byte[] key, long milliseconds) {
    return futureOf(jedisQueue().pexpire(key, milliseconds));
  }

  /**
   * Queues Jedis's {@code pexpire}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpire(byte[] key, long milliseconds, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().pexpire(key, milliseconds, expiryOption));
  }

  /**
   * Queues Jedis's {@code expireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireTime(byte[] key) {
    return futureOf(jedisQueue().expireTime(key));
  }

  /**
   * Queues Jedis's {@code pexpireTime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireTime(byte[] key) {
    return futureOf(jedisQueue().pexpireTime(key));
  }

  /**
   * Queues Jedis's {@code expireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTime the {@code unixTime} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireAt(byte[] key, long unixTime) {
    return futureOf(jedisQueue().expireAt(key, unixTime));
  }

  /**
   * Queues Jedis's {@code expireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param unixTime the {@code unixTime} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> expireAt(byte[] key, long unixTime, ExpiryOption expiryOption) {
    return futureOf(jedisQueue().expireAt(key, unixTime, expiryOption));
  }

  /**
   * Queues Jedis's {@code pexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param millisecondsTimestamp the {@code millisecondsTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireAt(byte[] key, long millisecondsTimestamp) {
    return futureOf(jedisQueue().pexpireAt(key, millisecondsTimestamp));
  }

  /**
   * Queues Jedis's {@code pexpireAt}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param millisecondsTimestamp the {@code millisecondsTimestamp} argument, passed to Jedis as it is
   * @param expiryOption the {@code expiryOption} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pexpireAt(byte[] key, long millisecondsTimestamp,
      ExpiryOption expiryOption) {
    return futureOf(jedisQueue().pexpireAt(key, millisecondsTimestamp, expiryOption));
  }

  /**
   * Queues Jedis's {@code ttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ttl(byte[] key) {
    return futureOf(jedisQueue().ttl(key));
  }

  /**
   * Queues Jedis's {@code pttl}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> pttl(byte[] key) {
    return futureOf(jedisQueue().pttl(key));
  }

  /**
   * Queues Jedis's {@code touch}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> touch(byte[] key) {
    return futureOf(jedisQueue().touch(key));
  }

  /**
   * Queues Jedis's {@code touch}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> touch(byte[]... keys) {
    return futureOf(jedisQueue().touch(keys));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> sort(byte[] key) {
    return futureOf(jedisQueue().sort(key));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> sort(byte[] key, SortingParams sortingParams) {
    return futureOf(jedisQueue().sort(key, sortingParams));
  }

  /**
   * Queues Jedis's {@code sortReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> sortReadonly(byte[] key, SortingParams sortingParams) {
    return futureOf(jedisQueue().sortReadonly(key, sortingParams));
  }

  /**
   * Queues Jedis's {@code del}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> del(byte[] key) {
    return futureOf(jedisQueue().del(key));
  }

  /**
   * Queues Jedis's {@code del}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> del(byte[]... keys) {
    return futureOf(jedisQueue().del(keys));
  }

  /**
   * Queues Jedis's {@code delex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> delex(byte[] key, CompareCondition condition) {
    return futureOf(jedisQueue().delex(key, condition));
  }

  /**
   * Queues Jedis's {@code delex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param condition the {@code condition} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> delex(String key, CompareCondition condition) {
    return futureOf(jedisQueue().delex(key, condition));
  }

  /**
   * Queues Jedis's {@code digestKey}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> digestKey(byte[] key) {
    return futureOf(jedisQueue().digestKey(key));
  }

  /**
   * Queues Jedis's {@code digestKey}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> digestKey(String key) {
    return futureOf(jedisQueue().digestKey(key));
  }

  /**
   * Queues Jedis's {@code unlink}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> unlink(byte[] key) {
    return futureOf(jedisQueue().unlink(key));
  }

  /**
   * Queues Jedis's {@code unlink}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> unlink(byte[]... keys) {
    return futureOf(jedisQueue().unlink(keys));
  }

  /**
   * Queues Jedis's {@code copy}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param replace the {@code replace} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> copy(byte[] srcKey, byte[] dstKey, boolean replace) {
    return futureOf(jedisQueue().copy(srcKey, dstKey, replace));
  }

  /**
   * Queues Jedis's {@code rename}; the future is filled when the root pipeline executes.
   *
   * @param oldkey the {@code oldkey} argument, passed to Jedis as it is
   * @param newkey the {@code newkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> rename(byte[] oldkey, byte[] newkey) {
    return futureOf(jedisQueue().rename(oldkey, newkey));
  }

  /**
   * Queues Jedis's {@code renamenx}; the future is filled when the root pipeline executes.
   *
   * @param oldkey the {@code oldkey} argument, passed to Jedis as it is
   * @param newkey the {@code newkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> renamenx(byte[] oldkey, byte[] newkey) {
    return futureOf(jedisQueue().renamenx(oldkey, newkey));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param sortingParams the {@code sortingParams} argument, passed to Jedis as it is
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sort(byte[] key, SortingParams sortingParams, byte[] dstkey) {
    return futureOf(jedisQueue().sort(key, sortingParams, dstkey));
  }

  /**
   * Queues Jedis's {@code sort}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sort(byte[] key, byte[] dstkey) {
    return futureOf(jedisQueue().sort(key, dstkey));
  }

  /**
   * Queues Jedis's {@code memoryUsage}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> memoryUsage(byte[] key) {
    return futureOf(jedisQueue().memoryUsage(key));
  }

  /**
   * Queues Jedis's {@code memoryUsage}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param samples the {@code samples} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> memoryUsage(byte[] key, int samples) {
    return futureOf(jedisQueue().memoryUsage(key, samples));
  }

  /**
   * Queues Jedis's {@code objectRefcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectRefcount(byte[] key) {
    return futureOf(jedisQueue().objectRefcount(key));
  }

  /**
   * Queues Jedis's {@code objectEncoding}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> objectEncoding(byte[] key) {
    return futureOf(jedisQueue().objectEncoding(key));
  }

  /**
   * Queues Jedis's {@code objectIdletime}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectIdletime(byte[] key) {
    return futureOf(jedisQueue().objectIdletime(key));
  }

  /**
   * Queues Jedis's {@code objectFreq}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> objectFreq(byte[] key) {
    return futureOf(jedisQueue().objectFreq(key));
  }

  /**
   * Queues Jedis's {@code migrate}; the future is filled when the root pipeline executes.
   *
   * @param host the {@code host} argument, passed to Jedis as it is
   * @param port the {@code port} argument, passed to Jedis as it is
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> migrate(String host, int port, byte[] key, int timeout) {
    return futureOf(jedisQueue().migrate(host, port, key, timeout));
  }

  /**
   * Queues Jedis's {@code migrate}; the future is filled when the root pipeline executes.
   *
   * @param host the {@code host} argument, passed to Jedis as it is
   * @param port the {@code port} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> migrate(String host, int port, int timeout, MigrateParams params,
      byte[]... keys) {
    return futureOf(jedisQueue().migrate(host, port, timeout, params, keys));
  }

  /**
   * Queues Jedis's {@code keys}; the future is filled when the root pipeline executes.
   *
   * @param pattern the {@code pattern} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> keys(byte[] pattern) {
    return futureOf(jedisQueue().keys(pattern));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<byte[]>> scan(byte[] cursor) {
    return futureOf(jedisQueue().scan(cursor));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<byte[]>> scan(byte[] cursor, ScanParams params) {
    return futureOf(jedisQueue().scan(cursor, params));
  }

  /**
   * Queues Jedis's {@code scan}; the future is filled when the root pipeline executes.
   *
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param type the {@code type} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<byte[]>> scan(byte[] cursor, ScanParams params, byte[] type) {
    return futureOf(jedisQueue().scan(cursor, params, type));
  }

  /**
   * Queues Jedis's {@code randomBinaryKey}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> randomBinaryKey() {
    return futureOf(jedisQueue().randomBinaryKey());
  }

  /**
   * Queues Jedis's {@code rpush}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> rpush(byte[] key, byte[]... args) {
    return futureOf(jedisQueue().rpush(key, args));
  }

  /**
   * Queues Jedis's {@code lpush}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpush(byte[] key, byte[]... args) {
    return futureOf(jedisQueue().lpush(key, args));
  }

  /**
   * Queues Jedis's {@code llen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> llen(byte[] key) {
    return futureOf(jedisQueue().llen(key));
  }

  /**
   * Queues Jedis's {@code lrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> lrange(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().lrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code ltrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ltrim(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().ltrim(key, start, stop));
  }

  /**
   * Queues Jedis's {@code lindex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> lindex(byte[] key, long index) {
    return futureOf(jedisQueue().lindex(key, index));
  }

  /**
   * Queues Jedis's {@code lset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> lset(byte[] key, long index, byte[] value) {
    return futureOf(jedisQueue().lset(key, index, value));
  }

  /**
   * Queues Jedis's {@code lrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lrem(byte[] key, long count, byte[] value) {
    return futureOf(jedisQueue().lrem(key, count, value));
  }

  /**
   * Queues Jedis's {@code lpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> lpop(byte[] key) {
    return futureOf(jedisQueue().lpop(key));
  }

  /**
   * Queues Jedis's {@code lpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> lpop(byte[] key, int count) {
    return futureOf(jedisQueue().lpop(key, count));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpos(byte[] key, byte[] element) {
    return futureOf(jedisQueue().lpos(key, element));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpos(byte[] key, byte[] element, LPosParams params) {
    return futureOf(jedisQueue().lpos(key, element, params));
  }

  /**
   * Queues Jedis's {@code lpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> lpos(byte[] key, byte[] element, LPosParams params, long count) {
    return futureOf(jedisQueue().lpos(key, element, params, count));
  }

  /**
   * Queues Jedis's {@code rpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> rpop(byte[] key) {
    return futureOf(jedisQueue().rpop(key));
  }

  /**
   * Queues Jedis's {@code rpop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> rpop(byte[] key, int count) {
    return futureOf(jedisQueue().rpop(key, count));
  }

  /**
   * Queues Jedis's {@code linsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param where the {@code where} argument, passed to Jedis as it is
   * @param pivot the {@code pivot} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> linsert(byte[] key, ListPosition where, byte[] pivot, byte[] value) {
    return futureOf(jedisQueue().linsert(key, where, pivot, value));
  }

  /**
   * Queues Jedis's {@code lpushx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> lpushx(byte[] key, byte[]... args) {
    return futureOf(jedisQueue().lpushx(key, args));
  }

  /**
   * Queues Jedis's {@code rpushx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> rpushx(byte[] key, byte[]... args) {
    return futureOf(jedisQueue().rpushx(key, args));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> blpop(int timeout, byte[]... keys) {
    return futureOf(jedisQueue().blpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code blpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], byte[]>> blpop(double timeout, byte[]... keys) {
    return futureOf(jedisQueue().blpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> brpop(int timeout, byte[]... keys) {
    return futureOf(jedisQueue().brpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code brpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], byte[]>> brpop(double timeout, byte[]... keys) {
    return futureOf(jedisQueue().brpop(timeout, keys));
  }

  /**
   * Queues Jedis's {@code rpoplpush}; the future is filled when the root pipeline executes.
   *
   * @param srckey the {@code srckey} argument, passed to Jedis as it is
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#rpoplpush}
   */
  @Deprecated
  public final Future<byte[]> rpoplpush(byte[] srckey, byte[] dstkey) {
    return futureOf(jedisQueue().rpoplpush(srckey, dstkey));
  }

  /**
   * Queues Jedis's {@code brpoplpush}; the future is filled when the root pipeline executes.
   *
   * @param source the {@code source} argument, passed to Jedis as it is
   * @param destination the {@code destination} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#brpoplpush}
   */
  @Deprecated
  public final Future<byte[]> brpoplpush(byte[] source, byte[] destination, int timeout) {
    return futureOf(jedisQueue().brpoplpush(source, destination, timeout));
  }

  /**
   * Queues Jedis's {@code lmove}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> lmove(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to) {
    return futureOf(jedisQueue().lmove(srcKey, dstKey, from, to));
  }

  /**
   * Queues Jedis's {@code blmove}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> blmove(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to, double timeout) {
    return futureOf(jedisQueue().blmove(srcKey, dstKey, from, to, timeout));
  }

  /**
   * Queues Jedis's {@code lmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> lmovem(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to) {
    return futureOf(jedisQueue().lmovem(srcKey, dstKey, from, to));
  }

  /**
   * Queues Jedis's {@code lmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> lmovem(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to, LMoveMParams params) {
    return futureOf(jedisQueue().lmovem(srcKey, dstKey, from, to, params));
  }

  /**
   * Queues Jedis's {@code blmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> blmovem(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to, double timeout) {
    return futureOf(jedisQueue().blmovem(srcKey, dstKey, from, to, timeout));
  }

  /**
   * Queues Jedis's {@code blmovem}; the future is filled when the root pipeline executes.
   *
   * @param srcKey the {@code srcKey} argument, passed to Jedis as it is
   * @param dstKey the {@code dstKey} argument, passed to Jedis as it is
   * @param from the {@code from} argument, passed to Jedis as it is
   * @param to the {@code to} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> blmovem(byte[] srcKey, byte[] dstKey, ListDirection from,
      ListDirection to, double timeout, LMoveMParams params) {
    return futureOf(jedisQueue().blmovem(srcKey, dstKey, from, to, timeout, params));
  }

  /**
   * Queues Jedis's {@code lmpop}; the future is filled when the root pipeline executes.
   *
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<byte[]>>> lmpop(ListDirection direction,
      byte[]... keys) {
    return futureOf(jedisQueue().lmpop(direction, keys));
  }

  /**
   * Queues Jedis's {@code lmpop}; the future is filled when the root pipeline executes.
   *
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<byte[]>>> lmpop(ListDirection direction, int count,
      byte[]... keys) {
    return futureOf(jedisQueue().lmpop(direction, count, keys));
  }

  /**
   * Queues Jedis's {@code blmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<byte[]>>> blmpop(double timeout,
      ListDirection direction, byte[]... keys) {
    return futureOf(jedisQueue().blmpop(timeout, direction, keys));
  }

  /**
   * Queues Jedis's {@code blmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param direction the {@code direction} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<byte[]>>> blmpop(double timeout,
      ListDirection direction, int count, byte[]... keys) {
    return futureOf(jedisQueue().blmpop(timeout, direction, count, keys));
  }

  /**
   * Queues Jedis's {@code waitReplicas}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param replicas the {@code replicas} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> waitReplicas(byte[] sampleKey, int replicas, long timeout) {
    return futureOf(jedisQueue().waitReplicas(sampleKey, replicas, timeout));
  }

  /**
   * Queues Jedis's {@code waitAOF}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param numLocal the {@code numLocal} argument, passed to Jedis as it is
   * @param numReplicas the {@code numReplicas} argument, passed to Jedis as it is
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Long>> waitAOF(byte[] sampleKey, long numLocal,
      long numReplicas, long timeout) {
    return futureOf(jedisQueue().waitAOF(sampleKey, numLocal, numReplicas, timeout));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(byte[] script, byte[] sampleKey) {
    return futureOf(jedisQueue().eval(script, sampleKey));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(byte[] sha1, byte[] sampleKey) {
    return futureOf(jedisQueue().evalsha(sha1, sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptExists}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param sha1s the {@code sha1s} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> scriptExists(byte[] sampleKey, byte[]... sha1s) {
    return futureOf(jedisQueue().scriptExists(sampleKey, sha1s));
  }

  /**
   * Queues Jedis's {@code scriptLoad}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> scriptLoad(byte[] script, byte[] sampleKey) {
    return futureOf(jedisQueue().scriptLoad(script, sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptFlush}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptFlush(byte[] sampleKey) {
    return futureOf(jedisQueue().scriptFlush(sampleKey));
  }

  /**
   * Queues Jedis's {@code scriptFlush}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @param flushMode the {@code flushMode} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptFlush(byte[] sampleKey, FlushMode flushMode) {
    return futureOf(jedisQueue().scriptFlush(sampleKey, flushMode));
  }

  /**
   * Queues Jedis's {@code scriptKill}; the future is filled when the root pipeline executes.
   *
   * @param sampleKey the {@code sampleKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> scriptKill(byte[] sampleKey) {
    return futureOf(jedisQueue().scriptKill(sampleKey));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(byte[] script) {
    return futureOf(jedisQueue().eval(script));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keyCount the {@code keyCount} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(byte[] script, int keyCount, byte[]... params) {
    return futureOf(jedisQueue().eval(script, keyCount, params));
  }

  /**
   * Queues Jedis's {@code eval}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> eval(byte[] script, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().eval(script, keys, args));
  }

  /**
   * Queues Jedis's {@code evalReadonly}; the future is filled when the root pipeline executes.
   *
   * @param script the {@code script} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalReadonly(byte[] script, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().evalReadonly(script, keys, args));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(byte[] sha1) {
    return futureOf(jedisQueue().evalsha(sha1));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keyCount the {@code keyCount} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(byte[] sha1, int keyCount, byte[]... params) {
    return futureOf(jedisQueue().evalsha(sha1, keyCount, params));
  }

  /**
   * Queues Jedis's {@code evalsha}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalsha(byte[] sha1, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().evalsha(sha1, keys, args));
  }

  /**
   * Queues Jedis's {@code evalshaReadonly}; the future is filled when the root pipeline executes.
   *
   * @param sha1 the {@code sha1} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> evalshaReadonly(byte[] sha1, List<byte[]> keys, List<byte[]> args) {
    return futureOf(jedisQueue().evalshaReadonly(sha1, keys, args));
  }

  /**
   * Queues Jedis's {@code sadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sadd(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().sadd(key, members));
  }

  /**
   * Queues Jedis's {@code smembers}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> smembers(byte[] key) {
    return futureOf(jedisQueue().smembers(key));
  }

  /**
   * Queues Jedis's {@code srem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> srem(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().srem(key, members));
  }

  /**
   * Queues Jedis's {@code spop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> spop(byte[] key) {
    return futureOf(jedisQueue().spop(key));
  }

  /**
   * Queues Jedis's {@code spop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> spop(byte[] key, long count) {
    return futureOf(jedisQueue().spop(key, count));
  }

  /**
   * Queues Jedis's {@code scard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> scard(byte[] key) {
    return futureOf(jedisQueue().scard(key));
  }

  /**
   * Queues Jedis's {@code sismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> sismember(byte[] key, byte[] member) {
    return futureOf(jedisQueue().sismember(key, member));
  }

  /**
   * Queues Jedis's {@code smismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> smismember(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().smismember(key, members));
  }

  /**
   * Queues Jedis's {@code srandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> srandmember(byte[] key) {
    return futureOf(jedisQueue().srandmember(key));
  }

  /**
   * Queues Jedis's {@code srandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> srandmember(byte[] key, int count) {
    return futureOf(jedisQueue().srandmember(key, count));
  }

  /**
   * Queues Jedis's {@code sscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<byte[]>> sscan(byte[] key, byte[] cursor, ScanParams params) {
    return futureOf(jedisQueue().sscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code sdiff}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> sdiff(byte[]... keys) {
    return futureOf(jedisQueue().sdiff(keys));
  }

  /**
   * Queues Jedis's {@code sdiffstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffstore(byte[] dstkey, byte[]... keys) {
    return futureOf(jedisQueue().sdiffstore(dstkey, keys));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(byte[]... keys) {
    return futureOf(jedisQueue().sdiffcard(keys));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param key1 the {@code key1} argument, passed to Jedis as it is
   * @param key2 the {@code key2} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(byte[] key1, byte[] key2, SDiffCardParams params) {
    return futureOf(jedisQueue().sdiffcard(key1, key2, params));
  }

  /**
   * Queues Jedis's {@code sdiffcard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sdiffcard(byte[][] keys, SDiffCardParams params) {
    return futureOf(jedisQueue().sdiffcard(keys, params));
  }

  /**
   * Queues Jedis's {@code sinter}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> sinter(byte[]... keys) {
    return futureOf(jedisQueue().sinter(keys));
  }

  /**
   * Queues Jedis's {@code sinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sinterstore(byte[] dstkey, byte[]... keys) {
    return futureOf(jedisQueue().sinterstore(dstkey, keys));
  }

  /**
   * Queues Jedis's {@code sintercard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sintercard(byte[]... keys) {
    return futureOf(jedisQueue().sintercard(keys));
  }

  /**
   * Queues Jedis's {@code sintercard}; the future is filled when the root pipeline executes.
   *
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sintercard(int limit, byte[]... keys) {
    return futureOf(jedisQueue().sintercard(limit, keys));
  }

  /**
   * Queues Jedis's {@code sunion}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<byte[]>> sunion(byte[]... keys) {
    return futureOf(jedisQueue().sunion(keys));
  }

  /**
   * Queues Jedis's {@code sunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunionstore(byte[] dstkey, byte[]... keys) {
    return futureOf(jedisQueue().sunionstore(dstkey, keys));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(byte[]... keys) {
    return futureOf(jedisQueue().sunioncard(keys));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param key1 the {@code key1} argument, passed to Jedis as it is
   * @param key2 the {@code key2} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(byte[] key1, byte[] key2, SUnionCardParams params) {
    return futureOf(jedisQueue().sunioncard(key1, key2, params));
  }

  /**
   * Queues Jedis's {@code sunioncard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> sunioncard(byte[][] keys, SUnionCardParams params) {
    return futureOf(jedisQueue().sunioncard(keys, params));
  }

  /**
   * Queues Jedis's {@code smove}; the future is filled when the root pipeline executes.
   *
   * @param srckey the {@code srckey} argument, passed to Jedis as it is
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> smove(byte[] srckey, byte[] dstkey, byte[] member) {
    return futureOf(jedisQueue().smove(srckey, dstkey, member));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(byte[] key, double score, byte[] member) {
    return futureOf(jedisQueue().zadd(key, score, member));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(byte[] key, double score, byte[] member, ZAddParams params) {
    return futureOf(jedisQueue().zadd(key, score, member, params));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param scoreMembers the {@code scoreMembers} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(byte[] key, Map<byte[], Double> scoreMembers) {
    return futureOf(jedisQueue().zadd(key, scoreMembers));
  }

  /**
   * Queues Jedis's {@code zadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param scoreMembers the {@code scoreMembers} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zadd(byte[] key, Map<byte[], Double> scoreMembers, ZAddParams params) {
    return futureOf(jedisQueue().zadd(key, scoreMembers, params));
  }

  /**
   * Queues Jedis's {@code zaddIncr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zaddIncr(byte[] key, double score, byte[] member, ZAddParams params) {
    return futureOf(jedisQueue().zaddIncr(key, score, member, params));
  }

  /**
   * Queues Jedis's {@code zrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrem(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().zrem(key, members));
  }

  /**
   * Queues Jedis's {@code zincrby}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zincrby(byte[] key, double increment, byte[] member) {
    return futureOf(jedisQueue().zincrby(key, increment, member));
  }

  /**
   * Queues Jedis's {@code zincrby}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zincrby(byte[] key, double increment, byte[] member,
      ZIncrByParams params) {
    return futureOf(jedisQueue().zincrby(key, increment, member, params));
  }

  /**
   * Queues Jedis's {@code zrank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrank(byte[] key, byte[] member) {
    return futureOf(jedisQueue().zrank(key, member));
  }

  /**
   * Queues Jedis's {@code zrevrank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrevrank(byte[] key, byte[] member) {
    return futureOf(jedisQueue().zrevrank(key, member));
  }

  /**
   * Queues Jedis's {@code zrankWithScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Double>> zrankWithScore(byte[] key, byte[] member) {
    return futureOf(jedisQueue().zrankWithScore(key, member));
  }

  /**
   * Queues Jedis's {@code zrevrankWithScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<Long, Double>> zrevrankWithScore(byte[] key, byte[] member) {
    return futureOf(jedisQueue().zrevrankWithScore(key, member));
  }

  /**
   * Queues Jedis's {@code zrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrange(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().zrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrange(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().zrevrange(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeWithScores(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().zrangeWithScores(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrevrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeWithScores(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().zrevrangeWithScores(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> zrandmember(byte[] key) {
    return futureOf(jedisQueue().zrandmember(key));
  }

  /**
   * Queues Jedis's {@code zrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrandmember(byte[] key, long count) {
    return futureOf(jedisQueue().zrandmember(key, count));
  }

  /**
   * Queues Jedis's {@code zrandmemberWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrandmemberWithScores(byte[] key, long count) {
    return futureOf(jedisQueue().zrandmemberWithScores(key, count));
  }

  /**
   * Queues Jedis's {@code zcard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcard(byte[] key) {
    return futureOf(jedisQueue().zcard(key));
  }

  /**
   * Queues Jedis's {@code zscore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param member the {@code member} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> zscore(byte[] key, byte[] member) {
    return futureOf(jedisQueue().zscore(key, member));
  }

  /**
   * Queues Jedis's {@code zmscore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param members the {@code members} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> zmscore(byte[] key, byte[]... members) {
    return futureOf(jedisQueue().zmscore(key, members));
  }

  /**
   * Queues Jedis's {@code zpopmax}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Tuple> zpopmax(byte[] key) {
    return futureOf(jedisQueue().zpopmax(key));
  }

  /**
   * Queues Jedis's {@code zpopmax}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zpopmax(byte[] key, int count) {
    return futureOf(jedisQueue().zpopmax(key, count));
  }

  /**
   * Queues Jedis's {@code zpopmin}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Tuple> zpopmin(byte[] key) {
    return futureOf(jedisQueue().zpopmin(key));
  }

  /**
   * Queues Jedis's {@code zpopmin}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zpopmin(byte[] key, int count) {
    return futureOf(jedisQueue().zpopmin(key, count));
  }

  /**
   * Queues Jedis's {@code zcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcount(byte[] key, double min, double max) {
    return futureOf(jedisQueue().zcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zcount(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByScore(byte[] key, double min, double max) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByScore(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByScore(byte[] key, double max, double min) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByScore(byte[] key, double min, double max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByScore(byte[] key, byte[] max, byte[] min) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByScore(byte[] key, byte[] min, byte[] max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByScore(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByScore(byte[] key, double max, double min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(byte[] key, double min, double max) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(byte[] key, double max, double min) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(byte[] key, double min, double max,
      int offset, int count) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByScore(byte[] key, byte[] max, byte[] min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByScore(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(byte[] key, byte[] max, byte[] min) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeByScoreWithScores(byte[] key, byte[] min, byte[] max,
      int offset, int count) {
    return futureOf(jedisQueue().zrangeByScoreWithScores(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(byte[] key, double max, double min,
      int offset, int count) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByScoreWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrevrangeByScoreWithScores(byte[] key, byte[] max, byte[] min,
      int offset, int count) {
    return futureOf(jedisQueue().zrevrangeByScoreWithScores(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zremrangeByRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByRank(byte[] key, long start, long stop) {
    return futureOf(jedisQueue().zremrangeByRank(key, start, stop));
  }

  /**
   * Queues Jedis's {@code zremrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByScore(byte[] key, double min, double max) {
    return futureOf(jedisQueue().zremrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zremrangeByScore}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByScore(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zremrangeByScore(key, min, max));
  }

  /**
   * Queues Jedis's {@code zlexcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zlexcount(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zlexcount(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByLex(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zrangeByLex(key, min, max));
  }

  /**
   * Queues Jedis's {@code zrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrangeByLex(byte[] key, byte[] min, byte[] max, int offset,
      int count) {
    return futureOf(jedisQueue().zrangeByLex(key, min, max, offset, count));
  }

  /**
   * Queues Jedis's {@code zrevrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByLex(byte[] key, byte[] max, byte[] min) {
    return futureOf(jedisQueue().zrevrangeByLex(key, max, min));
  }

  /**
   * Queues Jedis's {@code zrevrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrevrangeByLex(byte[] key, byte[] max, byte[] min, int offset,
      int count) {
    return futureOf(jedisQueue().zrevrangeByLex(key, max, min, offset, count));
  }

  /**
   * Queues Jedis's {@code zrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zrange(byte[] key, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrange(key, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zrangeWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zrangeWithScores(byte[] key, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrangeWithScores(key, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zrangestore}; the future is filled when the root pipeline executes.
   *
   * @param dest the {@code dest} argument, passed to Jedis as it is
   * @param src the {@code src} argument, passed to Jedis as it is
   * @param zRangeParams the {@code zRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zrangestore(byte[] dest, byte[] src, ZRangeParams zRangeParams) {
    return futureOf(jedisQueue().zrangestore(dest, src, zRangeParams));
  }

  /**
   * Queues Jedis's {@code zremrangeByLex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param min the {@code min} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zremrangeByLex(byte[] key, byte[] min, byte[] max) {
    return futureOf(jedisQueue().zremrangeByLex(key, min, max));
  }

  /**
   * Queues Jedis's {@code zscan}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param cursor the {@code cursor} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<ScanResult<Tuple>> zscan(byte[] key, byte[] cursor, ScanParams params) {
    return futureOf(jedisQueue().zscan(key, cursor, params));
  }

  /**
   * Queues Jedis's {@code bzpopmax}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], Tuple>> bzpopmax(double timeout, byte[]... keys) {
    return futureOf(jedisQueue().bzpopmax(timeout, keys));
  }

  /**
   * Queues Jedis's {@code bzpopmin}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], Tuple>> bzpopmin(double timeout, byte[]... keys) {
    return futureOf(jedisQueue().bzpopmin(timeout, keys));
  }

  /**
   * Queues Jedis's {@code zmpop}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<Tuple>>> zmpop(SortedSetOption option, byte[]... keys) {
    return futureOf(jedisQueue().zmpop(option, keys));
  }

  /**
   * Queues Jedis's {@code zmpop}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<Tuple>>> zmpop(SortedSetOption option, int count,
      byte[]... keys) {
    return futureOf(jedisQueue().zmpop(option, count, keys));
  }

  /**
   * Queues Jedis's {@code bzmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<Tuple>>> bzmpop(double timeout, SortedSetOption option,
      byte[]... keys) {
    return futureOf(jedisQueue().bzmpop(timeout, option, keys));
  }

  /**
   * Queues Jedis's {@code bzmpop}; the future is filled when the root pipeline executes.
   *
   * @param timeout the {@code timeout} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<KeyValue<byte[], List<Tuple>>> bzmpop(double timeout, SortedSetOption option,
      int count, byte[]... keys) {
    return futureOf(jedisQueue().bzmpop(timeout, option, count, keys));
  }

  /**
   * Queues Jedis's {@code zdiff}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zdiff(byte[]... keys) {
    return futureOf(jedisQueue().zdiff(keys));
  }

  /**
   * Queues Jedis's {@code zdiffWithScores}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zdiffWithScores(byte[]... keys) {
    return futureOf(jedisQueue().zdiffWithScores(keys));
  }

  /**
   * Queues Jedis's {@code zdiffStore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#zdiffStore}
   */
  @Deprecated
  public final Future<Long> zdiffStore(byte[] dstkey, byte[]... keys) {
    return futureOf(jedisQueue().zdiffStore(dstkey, keys));
  }

  /**
   * Queues Jedis's {@code zdiffstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zdiffstore(byte[] dstkey, byte[]... keys) {
    return futureOf(jedisQueue().zdiffstore(dstkey, keys));
  }

  /**
   * Queues Jedis's {@code zinter}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zinter(ZParams params, byte[]... keys) {
    return futureOf(jedisQueue().zinter(params, keys));
  }

  /**
   * Queues Jedis's {@code zinterWithScores}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zinterWithScores(ZParams params, byte[]... keys) {
    return futureOf(jedisQueue().zinterWithScores(params, keys));
  }

  /**
   * Queues Jedis's {@code zinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zinterstore(byte[] dstkey, byte[]... sets) {
    return futureOf(jedisQueue().zinterstore(dstkey, sets));
  }

  /**
   * Queues Jedis's {@code zinterstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zinterstore(byte[] dstkey, ZParams params, byte[]... sets) {
    return futureOf(jedisQueue().zinterstore(dstkey, params, sets));
  }

  /**
   * Queues Jedis's {@code zintercard}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zintercard(byte[]... keys) {
    return futureOf(jedisQueue().zintercard(keys));
  }

  /**
   * Queues Jedis's {@code zintercard}; the future is filled when the root pipeline executes.
   *
   * @param limit the {@code limit} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zintercard(long limit, byte[]... keys) {
    return futureOf(jedisQueue().zintercard(limit, keys));
  }

  /**
   * Queues Jedis's {@code zunion}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> zunion(ZParams params, byte[]... keys) {
    return futureOf(jedisQueue().zunion(params, keys));
  }

  /**
   * Queues Jedis's {@code zunionWithScores}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> zunionWithScores(ZParams params, byte[]... keys) {
    return futureOf(jedisQueue().zunionWithScores(params, keys));
  }

  /**
   * Queues Jedis's {@code zunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zunionstore(byte[] dstkey, byte[]... sets) {
    return futureOf(jedisQueue().zunionstore(dstkey, sets));
  }

  /**
   * Queues Jedis's {@code zunionstore}; the future is filled when the root pipeline executes.
   *
   * @param dstkey the {@code dstkey} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param sets the {@code sets} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> zunionstore(byte[] dstkey, ZParams params, byte[]... sets) {
    return futureOf(jedisQueue().zunionstore(dstkey, params, sets));
  }

  /**
   * Queues Jedis's {@code xadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param hash the {@code hash} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> xadd(byte[] key, XAddParams params, Map<byte[], byte[]> hash) {
    return futureOf(jedisQueue().xadd(key, params, hash));
  }

  /**
   * Queues Jedis's {@code xlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xlen(byte[] key) {
    return futureOf(jedisQueue().xlen(key));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xrange(byte[] key, byte[] start, byte[] end) {
    return futureOf(jedisQueue().xrange(key, start, end));
  }

  /**
   * Queues Jedis's {@code xrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xrange(byte[] key, byte[] start, byte[] end, int count) {
    return futureOf(jedisQueue().xrange(key, start, end, count));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xrevrange(byte[] key, byte[] end, byte[] start) {
    return futureOf(jedisQueue().xrevrange(key, end, start));
  }

  /**
   * Queues Jedis's {@code xrevrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xrevrange(byte[] key, byte[] end, byte[] start, int count) {
    return futureOf(jedisQueue().xrevrange(key, end, start, count));
  }

  /**
   * Queues Jedis's {@code xack}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xack(byte[] key, byte[] group, byte[]... ids) {
    return futureOf(jedisQueue().xack(key, group, ids));
  }

  /**
   * Queues Jedis's {@code xackdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xackdel(byte[] key, byte[] group,
      byte[]... ids) {
    return futureOf(jedisQueue().xackdel(key, group, ids));
  }

  /**
   * Queues Jedis's {@code xackdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param trimMode the {@code trimMode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xackdel(byte[] key, byte[] group,
      StreamDeletionPolicy trimMode, byte[]... ids) {
    return futureOf(jedisQueue().xackdel(key, group, trimMode, ids));
  }

  /**
   * Queues Jedis's {@code xnack}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param mode the {@code mode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xnack(byte[] key, byte[] group, XNackMode mode, byte[]... ids) {
    return futureOf(jedisQueue().xnack(key, group, mode, ids));
  }

  /**
   * Queues Jedis's {@code xgroupCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param id the {@code id} argument, passed to Jedis as it is
   * @param makeStream the {@code makeStream} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> xgroupCreate(byte[] key, byte[] groupName, byte[] id,
      boolean makeStream) {
    return futureOf(jedisQueue().xgroupCreate(key, groupName, id, makeStream));
  }

  /**
   * Queues Jedis's {@code xgroupSetID}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param id the {@code id} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> xgroupSetID(byte[] key, byte[] groupName, byte[] id) {
    return futureOf(jedisQueue().xgroupSetID(key, groupName, id));
  }

  /**
   * Queues Jedis's {@code xgroupDestroy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xgroupDestroy(byte[] key, byte[] groupName) {
    return futureOf(jedisQueue().xgroupDestroy(key, groupName));
  }

  /**
   * Queues Jedis's {@code xgroupCreateConsumer}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> xgroupCreateConsumer(byte[] key, byte[] groupName,
      byte[] consumerName) {
    return futureOf(jedisQueue().xgroupCreateConsumer(key, groupName, consumerName));
  }

  /**
   * Queues Jedis's {@code xgroupDelConsumer}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xgroupDelConsumer(byte[] key, byte[] groupName, byte[] consumerName) {
    return futureOf(jedisQueue().xgroupDelConsumer(key, groupName, consumerName));
  }

  /**
   * Queues Jedis's {@code xdel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xdel(byte[] key, byte[]... ids) {
    return futureOf(jedisQueue().xdel(key, ids));
  }

  /**
   * Queues Jedis's {@code xdelex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xdelex(byte[] key, byte[]... ids) {
    return futureOf(jedisQueue().xdelex(key, ids));
  }

  /**
   * Queues Jedis's {@code xdelex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param trimMode the {@code trimMode} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<StreamEntryDeletionResult>> xdelex(byte[] key,
      StreamDeletionPolicy trimMode, byte[]... ids) {
    return futureOf(jedisQueue().xdelex(key, trimMode, ids));
  }

  /**
   * Queues Jedis's {@code xtrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param maxLen the {@code maxLen} argument, passed to Jedis as it is
   * @param approximateLength the {@code approximateLength} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xtrim(byte[] key, long maxLen, boolean approximateLength) {
    return futureOf(jedisQueue().xtrim(key, maxLen, approximateLength));
  }

  /**
   * Queues Jedis's {@code xtrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> xtrim(byte[] key, XTrimParams params) {
    return futureOf(jedisQueue().xtrim(key, params));
  }

  /**
   * Queues Jedis's {@code xpending}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> xpending(byte[] key, byte[] groupName) {
    return futureOf(jedisQueue().xpending(key, groupName));
  }

  /**
   * Queues Jedis's {@code xpending}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xpending(byte[] key, byte[] groupName, XPendingParams params) {
    return futureOf(jedisQueue().xpending(key, groupName, params));
  }

  /**
   * Queues Jedis's {@code xclaim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> xclaim(byte[] key, byte[] group, byte[] consumerName,
      long minIdleTime, XClaimParams params, byte[]... ids) {
    return futureOf(jedisQueue().xclaim(key, group, consumerName, minIdleTime, params, ids));
  }

  /**
   * Queues Jedis's {@code xclaimJustId}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param ids the {@code ids} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> xclaimJustId(byte[] key, byte[] group, byte[] consumerName,
      long minIdleTime, XClaimParams params, byte[]... ids) {
    return futureOf(jedisQueue().xclaimJustId(key, group, consumerName, minIdleTime, params, ids));
  }

  /**
   * Queues Jedis's {@code xautoclaim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xautoclaim(byte[] key, byte[] groupName, byte[] consumerName,
      long minIdleTime, byte[] start, XAutoClaimParams params) {
    return futureOf(jedisQueue().xautoclaim(key, groupName, consumerName, minIdleTime, start, params));
  }

  /**
   * Queues Jedis's {@code xautoclaimJustId}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumerName the {@code consumerName} argument, passed to Jedis as it is
   * @param minIdleTime the {@code minIdleTime} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xautoclaimJustId(byte[] key, byte[] groupName,
      byte[] consumerName, long minIdleTime, byte[] start, XAutoClaimParams params) {
    return futureOf(jedisQueue().xautoclaimJustId(key, groupName, consumerName, minIdleTime, start, params));
  }

  /**
   * Queues Jedis's {@code xinfoStream}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> xinfoStream(byte[] key) {
    return futureOf(jedisQueue().xinfoStream(key));
  }

  /**
   * Queues Jedis's {@code xinfoStreamFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> xinfoStreamFull(byte[] key) {
    return futureOf(jedisQueue().xinfoStreamFull(key));
  }

  /**
   * Queues Jedis's {@code xinfoStreamFull}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> xinfoStreamFull(byte[] key, int count) {
    return futureOf(jedisQueue().xinfoStreamFull(key, count));
  }

  /**
   * Queues Jedis's {@code xinfoGroups}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xinfoGroups(byte[] key) {
    return futureOf(jedisQueue().xinfoGroups(key));
  }

  /**
   * Queues Jedis's {@code xinfoConsumers}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param group the {@code group} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> xinfoConsumers(byte[] key, byte[] group) {
    return futureOf(jedisQueue().xinfoConsumers(key, group));
  }

  /**
   * Queues Jedis's {@code xread}; the future is filled when the root pipeline executes.
   *
   * @param xReadParams the {@code xReadParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#xread}
   */
  @Deprecated
  public final Future<List<Object>> xread(XReadParams xReadParams,
      Map.Entry<byte[], byte[]>... streams) {
    return futureOf(jedisQueue().xread(xReadParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadGroup}; the future is filled when the root pipeline executes.
   *
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumer the {@code consumer} argument, passed to Jedis as it is
   * @param xReadGroupParams the {@code xReadGroupParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#xreadGroup}
   */
  @Deprecated
  public final Future<List<Object>> xreadGroup(byte[] groupName, byte[] consumer,
      XReadGroupParams xReadGroupParams, Map.Entry<byte[], byte[]>... streams) {
    return futureOf(jedisQueue().xreadGroup(groupName, consumer, xReadGroupParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadBinary}; the future is filled when the root pipeline executes.
   *
   * @param xReadParams the {@code xReadParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<byte[], List<StreamEntryBinary>>>> xreadBinary(
      XReadParams xReadParams, Map<byte[], StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadBinary(xReadParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadBinaryAsMap}; the future is filled when the root pipeline executes.
   *
   * @param xReadParams the {@code xReadParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<byte[], List<StreamEntryBinary>>> xreadBinaryAsMap(
      XReadParams xReadParams, Map<byte[], StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadBinaryAsMap(xReadParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadGroupBinary}; the future is filled when the root pipeline executes.
   *
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumer the {@code consumer} argument, passed to Jedis as it is
   * @param xReadGroupParams the {@code xReadGroupParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map.Entry<byte[], List<StreamEntryBinary>>>> xreadGroupBinary(
      byte[] groupName, byte[] consumer, XReadGroupParams xReadGroupParams,
      Map<byte[], StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadGroupBinary(groupName, consumer, xReadGroupParams, streams));
  }

  /**
   * Queues Jedis's {@code xreadGroupBinaryAsMap}; the future is filled when the root pipeline executes.
   *
   * @param groupName the {@code groupName} argument, passed to Jedis as it is
   * @param consumer the {@code consumer} argument, passed to Jedis as it is
   * @param xReadGroupParams the {@code xReadGroupParams} argument, passed to Jedis as it is
   * @param streams the {@code streams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<byte[], List<StreamEntryBinary>>> xreadGroupBinaryAsMap(byte[] groupName,
      byte[] consumer, XReadGroupParams xReadGroupParams, Map<byte[], StreamEntryID> streams) {
    return futureOf(jedisQueue().xreadGroupBinaryAsMap(groupName, consumer, xReadGroupParams, streams));
  }

  /**
   * Queues Jedis's {@code xcfgset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> xcfgset(byte[] key, XCfgSetParams params) {
    return futureOf(jedisQueue().xcfgset(key, params));
  }

  /**
   * Queues Jedis's {@code set}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> set(byte[] key, byte[] value) {
    return futureOf(jedisQueue().set(key, value));
  }

  /**
   * Queues Jedis's {@code set}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> set(byte[] key, byte[] value, SetParams params) {
    return futureOf(jedisQueue().set(key, value, params));
  }

  /**
   * Queues Jedis's {@code get}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> get(byte[] key) {
    return futureOf(jedisQueue().get(key));
  }

  /**
   * Queues Jedis's {@code setGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> setGet(byte[] key, byte[] value) {
    return futureOf(jedisQueue().setGet(key, value));
  }

  /**
   * Queues Jedis's {@code setGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> setGet(byte[] key, byte[] value, SetParams params) {
    return futureOf(jedisQueue().setGet(key, value, params));
  }

  /**
   * Queues Jedis's {@code getDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> getDel(byte[] key) {
    return futureOf(jedisQueue().getDel(key));
  }

  /**
   * Queues Jedis's {@code getEx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> getEx(byte[] key, GetExParams params) {
    return futureOf(jedisQueue().getEx(key, params));
  }

  /**
   * Queues Jedis's {@code setbit}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> setbit(byte[] key, long offset, boolean value) {
    return futureOf(jedisQueue().setbit(key, offset, value));
  }

  /**
   * Queues Jedis's {@code getbit}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> getbit(byte[] key, long offset) {
    return futureOf(jedisQueue().getbit(key, offset));
  }

  /**
   * Queues Jedis's {@code setrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param offset the {@code offset} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> setrange(byte[] key, long offset, byte[] value) {
    return futureOf(jedisQueue().setrange(key, offset, value));
  }

  /**
   * Queues Jedis's {@code getrange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param startOffset the {@code startOffset} argument, passed to Jedis as it is
   * @param endOffset the {@code endOffset} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> getrange(byte[] key, long startOffset, long endOffset) {
    return futureOf(jedisQueue().getrange(key, startOffset, endOffset));
  }

  /**
   * Queues Jedis's {@code getSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#getSet}
   */
  @Deprecated
  public final Future<byte[]> getSet(byte[] key, byte[] value) {
    return futureOf(jedisQueue().getSet(key, value));
  }

  /**
   * Queues Jedis's {@code setnx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#setnx}
   */
  @Deprecated
  public final Future<Long> setnx(byte[] key, byte[] value) {
    return futureOf(jedisQueue().setnx(key, value));
  }

  /**
   * Queues Jedis's {@code setex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param seconds the {@code seconds} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#setex}
   */
  @Deprecated
  public final Future<String> setex(byte[] key, long seconds, byte[] value) {
    return futureOf(jedisQueue().setex(key, seconds, value));
  }

  /**
   * Queues Jedis's {@code psetex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param milliseconds the {@code milliseconds} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#psetex}
   */
  @Deprecated
  public final Future<String> psetex(byte[] key, long milliseconds, byte[] value) {
    return futureOf(jedisQueue().psetex(key, milliseconds, value));
  }

  /**
   * Queues Jedis's {@code mget}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> mget(byte[]... keys) {
    return futureOf(jedisQueue().mget(keys));
  }

  /**
   * Queues Jedis's {@code mset}; the future is filled when the root pipeline executes.
   *
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> mset(byte[]... keysvalues) {
    return futureOf(jedisQueue().mset(keysvalues));
  }

  /**
   * Queues Jedis's {@code msetex}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> msetex(MSetExParams params, byte[]... keysvalues) {
    return futureOf(jedisQueue().msetex(params, keysvalues));
  }

  /**
   * Queues Jedis's {@code msetnx}; the future is filled when the root pipeline executes.
   *
   * @param keysvalues the {@code keysvalues} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> msetnx(byte[]... keysvalues) {
    return futureOf(jedisQueue().msetnx(keysvalues));
  }

  /**
   * Queues Jedis's {@code incr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> incr(byte[] key) {
    return futureOf(jedisQueue().incr(key));
  }

  /**
   * Queues Jedis's {@code incrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> incrBy(byte[] key, long increment) {
    return futureOf(jedisQueue().incrBy(key, increment));
  }

  /**
   * Queues Jedis's {@code incrByFloat}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> incrByFloat(byte[] key, double increment) {
    return futureOf(jedisQueue().incrByFloat(key, increment));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> increx(byte[] key) {
    return futureOf(jedisQueue().increx(key));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> increx(byte[] key, long increment, IncrexParams params) {
    return futureOf(jedisQueue().increx(key, increment, params));
  }

  /**
   * Queues Jedis's {@code increx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param increment the {@code increment} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> increx(byte[] key, double increment, IncrexFloatParams params) {
    return futureOf(jedisQueue().increx(key, increment, params));
  }

  /**
   * Queues Jedis's {@code decr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> decr(byte[] key) {
    return futureOf(jedisQueue().decr(key));
  }

  /**
   * Queues Jedis's {@code decrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param decrement the {@code decrement} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> decrBy(byte[] key, long decrement) {
    return futureOf(jedisQueue().decrBy(key, decrement));
  }

  /**
   * Queues Jedis's {@code append}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> append(byte[] key, byte[] value) {
    return futureOf(jedisQueue().append(key, value));
  }

  /**
   * Queues Jedis's {@code substr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#substr}
   */
  @Deprecated
  public final Future<byte[]> substr(byte[] key, int start, int end) {
    return futureOf(jedisQueue().substr(key, start, end));
  }

  /**
   * Queues Jedis's {@code strlen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> strlen(byte[] key) {
    return futureOf(jedisQueue().strlen(key));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(byte[] key) {
    return futureOf(jedisQueue().bitcount(key));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(byte[] key, long start, long end) {
    return futureOf(jedisQueue().bitcount(key, start, end));
  }

  /**
   * Queues Jedis's {@code bitcount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param end the {@code end} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitcount(byte[] key, long start, long end, BitCountOption option) {
    return futureOf(jedisQueue().bitcount(key, start, end, option));
  }

  /**
   * Queues Jedis's {@code bitpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitpos(byte[] key, boolean value) {
    return futureOf(jedisQueue().bitpos(key, value));
  }

  /**
   * Queues Jedis's {@code bitpos}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitpos(byte[] key, boolean value, BitPosParams params) {
    return futureOf(jedisQueue().bitpos(key, value, params));
  }

  /**
   * Queues Jedis's {@code bitfield}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param arguments the {@code arguments} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> bitfield(byte[] key, byte[]... arguments) {
    return futureOf(jedisQueue().bitfield(key, arguments));
  }

  /**
   * Queues Jedis's {@code bitfieldReadonly}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param arguments the {@code arguments} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> bitfieldReadonly(byte[] key, byte[]... arguments) {
    return futureOf(jedisQueue().bitfieldReadonly(key, arguments));
  }

  /**
   * Queues Jedis's {@code bitop}; the future is filled when the root pipeline executes.
   *
   * @param op the {@code op} argument, passed to Jedis as it is
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param srcKeys the {@code srcKeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bitop(BitOP op, byte[] destKey, byte[]... srcKeys) {
    return futureOf(jedisQueue().bitop(op, destKey, srcKeys));
  }

  /**
   * Queues Jedis's {@code ftCreate}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param indexOptions the {@code indexOptions} argument, passed to Jedis as it is
   * @param schema the {@code schema} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftCreate(String indexName, IndexOptions indexOptions, Schema schema) {
    return futureOf(jedisQueue().ftCreate(indexName, indexOptions, schema));
  }

  /**
   * Queues Jedis's {@code ftCreate}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param createParams the {@code createParams} argument, passed to Jedis as it is
   * @param schemaFields the {@code schemaFields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftCreate(String indexName, FTCreateParams createParams,
      Iterable<SchemaField> schemaFields) {
    return futureOf(jedisQueue().ftCreate(indexName, createParams, schemaFields));
  }

  /**
   * Queues Jedis's {@code ftAlter}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param schema the {@code schema} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftAlter(String indexName, Schema schema) {
    return futureOf(jedisQueue().ftAlter(indexName, schema));
  }

  /**
   * Queues Jedis's {@code ftAlter}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param schemaFields the {@code schemaFields} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftAlter(String indexName, Iterable<SchemaField> schemaFields) {
    return futureOf(jedisQueue().ftAlter(indexName, schemaFields));
  }

  /**
   * Queues Jedis's {@code ftAliasAdd}; the future is filled when the root pipeline executes.
   *
   * @param aliasName the {@code aliasName} argument, passed to Jedis as it is
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftAliasAdd(String aliasName, String indexName) {
    return futureOf(jedisQueue().ftAliasAdd(aliasName, indexName));
  }

  /**
   * Queues Jedis's {@code ftAliasUpdate}; the future is filled when the root pipeline executes.
   *
   * @param aliasName the {@code aliasName} argument, passed to Jedis as it is
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftAliasUpdate(String aliasName, String indexName) {
    return futureOf(jedisQueue().ftAliasUpdate(aliasName, indexName));
  }

  /**
   * Queues Jedis's {@code ftAliasDel}; the future is filled when the root pipeline executes.
   *
   * @param aliasName the {@code aliasName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftAliasDel(String aliasName) {
    return futureOf(jedisQueue().ftAliasDel(aliasName));
  }

  /**
   * Queues Jedis's {@code ftAliasList}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> ftAliasList(String indexName) {
    return futureOf(jedisQueue().ftAliasList(indexName));
  }

  /**
   * Queues Jedis's {@code ftDropIndex}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftDropIndex(String indexName) {
    return futureOf(jedisQueue().ftDropIndex(indexName));
  }

  /**
   * Queues Jedis's {@code ftDropIndexDD}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftDropIndexDD(String indexName) {
    return futureOf(jedisQueue().ftDropIndexDD(indexName));
  }

  /**
   * Queues Jedis's {@code ftSearch}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<SearchResult> ftSearch(String indexName, String query) {
    return futureOf(jedisQueue().ftSearch(indexName, query));
  }

  /**
   * Queues Jedis's {@code ftSearch}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @param searchParams the {@code searchParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<SearchResult> ftSearch(String indexName, String query,
      FTSearchParams searchParams) {
    return futureOf(jedisQueue().ftSearch(indexName, query, searchParams));
  }

  /**
   * Queues Jedis's {@code ftSearch}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<SearchResult> ftSearch(String indexName, Query query) {
    return futureOf(jedisQueue().ftSearch(indexName, query));
  }

  /**
   * Queues Jedis's {@code ftSearch}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#ftSearch}
   */
  @Deprecated
  public final Future<SearchResult> ftSearch(byte[] indexName, Query query) {
    return futureOf(jedisQueue().ftSearch(indexName, query));
  }

  /**
   * Queues Jedis's {@code ftExplain}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftExplain(String indexName, Query query) {
    return futureOf(jedisQueue().ftExplain(indexName, query));
  }

  /**
   * Queues Jedis's {@code ftExplainCLI}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> ftExplainCLI(String indexName, Query query) {
    return futureOf(jedisQueue().ftExplainCLI(indexName, query));
  }

  /**
   * Queues Jedis's {@code ftAggregate}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param aggr the {@code aggr} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<AggregationResult> ftAggregate(String indexName, AggregationBuilder aggr) {
    return futureOf(jedisQueue().ftAggregate(indexName, aggr));
  }

  /**
   * Queues Jedis's {@code ftHybrid}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param hybridParams the {@code hybridParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<HybridResult> ftHybrid(String indexName, FTHybridParams hybridParams) {
    return futureOf(jedisQueue().ftHybrid(indexName, hybridParams));
  }

  /**
   * Queues Jedis's {@code ftSynUpdate}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param synonymGroupId the {@code synonymGroupId} argument, passed to Jedis as it is
   * @param terms the {@code terms} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> ftSynUpdate(String indexName, String synonymGroupId,
      String... terms) {
    return futureOf(jedisQueue().ftSynUpdate(indexName, synonymGroupId, terms));
  }

  /**
   * Queues Jedis's {@code ftSynDump}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, List<String>>> ftSynDump(String indexName) {
    return futureOf(jedisQueue().ftSynDump(indexName));
  }

  /**
   * Queues Jedis's {@code ftDictAdd}; the future is filled when the root pipeline executes.
   *
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @param terms the {@code terms} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftDictAdd(String dictionary, String... terms) {
    return futureOf(jedisQueue().ftDictAdd(dictionary, terms));
  }

  /**
   * Queues Jedis's {@code ftDictDel}; the future is filled when the root pipeline executes.
   *
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @param terms the {@code terms} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftDictDel(String dictionary, String... terms) {
    return futureOf(jedisQueue().ftDictDel(dictionary, terms));
  }

  /**
   * Queues Jedis's {@code ftDictDump}; the future is filled when the root pipeline executes.
   *
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> ftDictDump(String dictionary) {
    return futureOf(jedisQueue().ftDictDump(dictionary));
  }

  /**
   * Queues Jedis's {@code ftDictAddBySampleKey}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @param terms the {@code terms} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftDictAddBySampleKey(String indexName, String dictionary,
      String... terms) {
    return futureOf(jedisQueue().ftDictAddBySampleKey(indexName, dictionary, terms));
  }

  /**
   * Queues Jedis's {@code ftDictDelBySampleKey}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @param terms the {@code terms} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftDictDelBySampleKey(String indexName, String dictionary,
      String... terms) {
    return futureOf(jedisQueue().ftDictDelBySampleKey(indexName, dictionary, terms));
  }

  /**
   * Queues Jedis's {@code ftDictDumpBySampleKey}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param dictionary the {@code dictionary} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> ftDictDumpBySampleKey(String indexName, String dictionary) {
    return futureOf(jedisQueue().ftDictDumpBySampleKey(indexName, dictionary));
  }

  /**
   * Queues Jedis's {@code ftSpellCheck}; the future is filled when the root pipeline executes.
   *
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Map<String, Double>>> ftSpellCheck(String index, String query) {
    return futureOf(jedisQueue().ftSpellCheck(index, query));
  }

  /**
   * Queues Jedis's {@code ftSpellCheck}; the future is filled when the root pipeline executes.
   *
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param query the {@code query} argument, passed to Jedis as it is
   * @param spellCheckParams the {@code spellCheckParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Map<String, Double>>> ftSpellCheck(String index, String query,
      FTSpellCheckParams spellCheckParams) {
    return futureOf(jedisQueue().ftSpellCheck(index, query, spellCheckParams));
  }

  /**
   * Queues Jedis's {@code ftInfo}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> ftInfo(String indexName) {
    return futureOf(jedisQueue().ftInfo(indexName));
  }

  /**
   * Queues Jedis's {@code ftTagVals}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param fieldName the {@code fieldName} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Set<String>> ftTagVals(String indexName, String fieldName) {
    return futureOf(jedisQueue().ftTagVals(indexName, fieldName));
  }

  /**
   * Queues Jedis's {@code ftConfigGet}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#ftConfigGet}
   */
  @Deprecated
  public final Future<Map<String, Object>> ftConfigGet(String option) {
    return futureOf(jedisQueue().ftConfigGet(option));
  }

  /**
   * Queues Jedis's {@code ftConfigGet}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#ftConfigGet}
   */
  @Deprecated
  public final Future<Map<String, Object>> ftConfigGet(String indexName, String option) {
    return futureOf(jedisQueue().ftConfigGet(indexName, option));
  }

  /**
   * Queues Jedis's {@code ftConfigSet}; the future is filled when the root pipeline executes.
   *
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#ftConfigSet}
   */
  @Deprecated
  public final Future<String> ftConfigSet(String option, String value) {
    return futureOf(jedisQueue().ftConfigSet(option, value));
  }

  /**
   * Queues Jedis's {@code ftConfigSet}; the future is filled when the root pipeline executes.
   *
   * @param indexName the {@code indexName} argument, passed to Jedis as it is
   * @param option the {@code option} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   * @deprecated deprecated in Jedis; see its {@code PipeliningBase#ftConfigSet}
   */
  @Deprecated
  public final Future<String> ftConfigSet(String indexName, String option, String value) {
    return futureOf(jedisQueue().ftConfigSet(indexName, option, value));
  }

  /**
   * Queues Jedis's {@code ftSugAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftSugAdd(String key, String string, double score) {
    return futureOf(jedisQueue().ftSugAdd(key, string, score));
  }

  /**
   * Queues Jedis's {@code ftSugAddIncr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @param score the {@code score} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftSugAddIncr(String key, String string, double score) {
    return futureOf(jedisQueue().ftSugAddIncr(key, string, score));
  }

  /**
   * Queues Jedis's {@code ftSugGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param prefix the {@code prefix} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> ftSugGet(String key, String prefix) {
    return futureOf(jedisQueue().ftSugGet(key, prefix));
  }

  /**
   * Queues Jedis's {@code ftSugGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param prefix the {@code prefix} argument, passed to Jedis as it is
   * @param fuzzy the {@code fuzzy} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> ftSugGet(String key, String prefix, boolean fuzzy, int max) {
    return futureOf(jedisQueue().ftSugGet(key, prefix, fuzzy, max));
  }

  /**
   * Queues Jedis's {@code ftSugGetWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param prefix the {@code prefix} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> ftSugGetWithScores(String key, String prefix) {
    return futureOf(jedisQueue().ftSugGetWithScores(key, prefix));
  }

  /**
   * Queues Jedis's {@code ftSugGetWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param prefix the {@code prefix} argument, passed to Jedis as it is
   * @param fuzzy the {@code fuzzy} argument, passed to Jedis as it is
   * @param max the {@code max} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Tuple>> ftSugGetWithScores(String key, String prefix, boolean fuzzy,
      int max) {
    return futureOf(jedisQueue().ftSugGetWithScores(key, prefix, fuzzy, max));
  }

  /**
   * Queues Jedis's {@code ftSugDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> ftSugDel(String key, String string) {
    return futureOf(jedisQueue().ftSugDel(key, string));
  }

  /**
   * Queues Jedis's {@code ftSugLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> ftSugLen(String key) {
    return futureOf(jedisQueue().ftSugLen(key));
  }

  /**
   * Queues Jedis's {@code lcs}; the future is filled when the root pipeline executes.
   *
   * @param keyA the {@code keyA} argument, passed to Jedis as it is
   * @param keyB the {@code keyB} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<LCSMatchResult> lcs(byte[] keyA, byte[] keyB, LCSParams params) {
    return futureOf(jedisQueue().lcs(keyA, keyB, params));
  }

  /**
   * Queues Jedis's {@code jsonSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSet(String key, Path2 path, Object object) {
    return futureOf(jedisQueue().jsonSet(key, path, object));
  }

  /**
   * Queues Jedis's {@code jsonSetWithEscape}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSetWithEscape(String key, Path2 path, Object object) {
    return futureOf(jedisQueue().jsonSetWithEscape(key, path, object));
  }

  /**
   * Queues Jedis's {@code jsonSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSet(String key, Path path, Object object) {
    return futureOf(jedisQueue().jsonSet(key, path, object));
  }

  /**
   * Queues Jedis's {@code jsonSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSet(String key, Path2 path, Object object, JsonSetParams params) {
    return futureOf(jedisQueue().jsonSet(key, path, object, params));
  }

  /**
   * Queues Jedis's {@code jsonSetWithEscape}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSetWithEscape(String key, Path2 path, Object object,
      JsonSetParams params) {
    return futureOf(jedisQueue().jsonSetWithEscape(key, path, object, params));
  }

  /**
   * Queues Jedis's {@code jsonSet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonSet(String key, Path path, Object object, JsonSetParams params) {
    return futureOf(jedisQueue().jsonSet(key, path, object, params));
  }

  /**
   * Queues Jedis's {@code jsonMerge}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonMerge(String key, Path2 path, Object object) {
    return futureOf(jedisQueue().jsonMerge(key, path, object));
  }

  /**
   * Queues Jedis's {@code jsonMerge}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param object the {@code object} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonMerge(String key, Path path, Object object) {
    return futureOf(jedisQueue().jsonMerge(key, path, object));
  }

  /**
   * Queues Jedis's {@code jsonGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonGet(String key) {
    return futureOf(jedisQueue().jsonGet(key));
  }

  /**
   * Queues Jedis's {@code jsonGet}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonGet}
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<T> jsonGet(String key, Class<T> clazz) {
    return futureOf(jedisQueue().jsonGet(key, clazz));
  }

  /**
   * Queues Jedis's {@code jsonGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param paths the {@code paths} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonGet(String key, Path2... paths) {
    return futureOf(jedisQueue().jsonGet(key, paths));
  }

  /**
   * Queues Jedis's {@code jsonGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param paths the {@code paths} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonGet(String key, Path... paths) {
    return futureOf(jedisQueue().jsonGet(key, paths));
  }

  /**
   * Queues Jedis's {@code jsonGet}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonGet}
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @param paths the {@code paths} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<T> jsonGet(String key, Class<T> clazz, Path... paths) {
    return futureOf(jedisQueue().jsonGet(key, clazz, paths));
  }

  /**
   * Queues Jedis's {@code jsonMGet}; the future is filled when the root pipeline executes.
   *
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<JSONArray>> jsonMGet(Path2 path, String... keys) {
    return futureOf(jedisQueue().jsonMGet(path, keys));
  }

  /**
   * Queues Jedis's {@code jsonMGet}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonMGet}
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<List<T>> jsonMGet(Path path, Class<T> clazz, String... keys) {
    return futureOf(jedisQueue().jsonMGet(path, clazz, keys));
  }

  /**
   * Queues Jedis's {@code jsonDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonDel(String key) {
    return futureOf(jedisQueue().jsonDel(key));
  }

  /**
   * Queues Jedis's {@code jsonDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonDel(String key, Path2 path) {
    return futureOf(jedisQueue().jsonDel(key, path));
  }

  /**
   * Queues Jedis's {@code jsonDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonDel(String key, Path path) {
    return futureOf(jedisQueue().jsonDel(key, path));
  }

  /**
   * Queues Jedis's {@code jsonClear}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonClear(String key) {
    return futureOf(jedisQueue().jsonClear(key));
  }

  /**
   * Queues Jedis's {@code jsonClear}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonClear(String key, Path2 path) {
    return futureOf(jedisQueue().jsonClear(key, path));
  }

  /**
   * Queues Jedis's {@code jsonClear}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonClear(String key, Path path) {
    return futureOf(jedisQueue().jsonClear(key, path));
  }

  /**
   * Queues Jedis's {@code jsonToggle}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> jsonToggle(String key, Path2 path) {
    return futureOf(jedisQueue().jsonToggle(key, path));
  }

  /**
   * Queues Jedis's {@code jsonToggle}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> jsonToggle(String key, Path path) {
    return futureOf(jedisQueue().jsonToggle(key, path));
  }

  /**
   * Queues Jedis's {@code jsonType}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Class<?>> jsonType(String key) {
    return futureOf(jedisQueue().jsonType(key));
  }

  /**
   * Queues Jedis's {@code jsonType}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Class<?>>> jsonType(String key, Path2 path) {
    return futureOf(jedisQueue().jsonType(key, path));
  }

  /**
   * Queues Jedis's {@code jsonType}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Class<?>> jsonType(String key, Path path) {
    return futureOf(jedisQueue().jsonType(key, path));
  }

  /**
   * Queues Jedis's {@code jsonStrAppend}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonStrAppend(String key, Object string) {
    return futureOf(jedisQueue().jsonStrAppend(key, string));
  }

  /**
   * Queues Jedis's {@code jsonStrAppend}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonStrAppend(String key, Path2 path, Object string) {
    return futureOf(jedisQueue().jsonStrAppend(key, path, string));
  }

  /**
   * Queues Jedis's {@code jsonStrAppend}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param string the {@code string} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonStrAppend(String key, Path path, Object string) {
    return futureOf(jedisQueue().jsonStrAppend(key, path, string));
  }

  /**
   * Queues Jedis's {@code jsonStrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonStrLen(String key) {
    return futureOf(jedisQueue().jsonStrLen(key));
  }

  /**
   * Queues Jedis's {@code jsonStrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonStrLen(String key, Path2 path) {
    return futureOf(jedisQueue().jsonStrLen(key, path));
  }

  /**
   * Queues Jedis's {@code jsonStrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonStrLen(String key, Path path) {
    return futureOf(jedisQueue().jsonStrLen(key, path));
  }

  /**
   * Queues Jedis's {@code jsonNumIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonNumIncrBy(String key, Path2 path, Number value) {
    return futureOf(jedisQueue().jsonNumIncrBy(key, path, value));
  }

  /**
   * Queues Jedis's {@code jsonNumIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> jsonNumIncrBy(String key, Path path, double value) {
    return futureOf(jedisQueue().jsonNumIncrBy(key, path, value));
  }

  /**
   * Queues Jedis's {@code jsonArrAppend}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param objects the {@code objects} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrAppend(String key, Path2 path, Object... objects) {
    return futureOf(jedisQueue().jsonArrAppend(key, path, objects));
  }

  /**
   * Queues Jedis's {@code jsonArrAppendWithEscape}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param objects the {@code objects} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrAppendWithEscape(String key, Path2 path,
      Object... objects) {
    return futureOf(jedisQueue().jsonArrAppendWithEscape(key, path, objects));
  }

  /**
   * Queues Jedis's {@code jsonArrAppend}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param objects the {@code objects} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrAppend(String key, Path path, Object... objects) {
    return futureOf(jedisQueue().jsonArrAppend(key, path, objects));
  }

  /**
   * Queues Jedis's {@code jsonArrIndex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param scalar the {@code scalar} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrIndex(String key, Path2 path, Object scalar) {
    return futureOf(jedisQueue().jsonArrIndex(key, path, scalar));
  }

  /**
   * Queues Jedis's {@code jsonArrIndexWithEscape}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param scalar the {@code scalar} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrIndexWithEscape(String key, Path2 path, Object scalar) {
    return futureOf(jedisQueue().jsonArrIndexWithEscape(key, path, scalar));
  }

  /**
   * Queues Jedis's {@code jsonArrIndex}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param scalar the {@code scalar} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrIndex(String key, Path path, Object scalar) {
    return futureOf(jedisQueue().jsonArrIndex(key, path, scalar));
  }

  /**
   * Queues Jedis's {@code jsonArrInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param objects the {@code objects} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrInsert(String key, Path2 path, int index,
      Object... objects) {
    return futureOf(jedisQueue().jsonArrInsert(key, path, index, objects));
  }

  /**
   * Queues Jedis's {@code jsonArrInsertWithEscape}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param objects the {@code objects} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrInsertWithEscape(String key, Path2 path, int index,
      Object... objects) {
    return futureOf(jedisQueue().jsonArrInsertWithEscape(key, path, index, objects));
  }

  /**
   * Queues Jedis's {@code jsonArrInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @param pojos the {@code pojos} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrInsert(String key, Path path, int index, Object... pojos) {
    return futureOf(jedisQueue().jsonArrInsert(key, path, index, pojos));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonArrPop(String key) {
    return futureOf(jedisQueue().jsonArrPop(key));
  }

  /**
   * Queues Jedis's {@code jsonArrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrLen(String key, Path path) {
    return futureOf(jedisQueue().jsonArrLen(key, path));
  }

  /**
   * Queues Jedis's {@code jsonArrTrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrTrim(String key, Path2 path, int start, int stop) {
    return futureOf(jedisQueue().jsonArrTrim(key, path, start, stop));
  }

  /**
   * Queues Jedis's {@code jsonArrTrim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param start the {@code start} argument, passed to Jedis as it is
   * @param stop the {@code stop} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrTrim(String key, Path path, int start, int stop) {
    return futureOf(jedisQueue().jsonArrTrim(key, path, start, stop));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonArrPop}
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<T> jsonArrPop(String key, Class<T> clazz, Path path) {
    return futureOf(jedisQueue().jsonArrPop(key, clazz, path));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> jsonArrPop(String key, Path2 path, int index) {
    return futureOf(jedisQueue().jsonArrPop(key, path, index));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonArrPop(String key, Path path, int index) {
    return futureOf(jedisQueue().jsonArrPop(key, path, index));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonArrPop}
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @param index the {@code index} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<T> jsonArrPop(String key, Class<T> clazz, Path path, int index) {
    return futureOf(jedisQueue().jsonArrPop(key, clazz, path, index));
  }

  /**
   * Queues Jedis's {@code jsonArrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> jsonArrLen(String key) {
    return futureOf(jedisQueue().jsonArrLen(key));
  }

  /**
   * Queues Jedis's {@code jsonArrLen}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> jsonArrLen(String key, Path2 path) {
    return futureOf(jedisQueue().jsonArrLen(key, path));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param <T> the type parameter of Jedis's {@code jsonArrPop}
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param clazz the {@code clazz} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final <T> Future<T> jsonArrPop(String key, Class<T> clazz) {
    return futureOf(jedisQueue().jsonArrPop(key, clazz));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Object>> jsonArrPop(String key, Path2 path) {
    return futureOf(jedisQueue().jsonArrPop(key, path));
  }

  /**
   * Queues Jedis's {@code jsonArrPop}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param path the {@code path} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> jsonArrPop(String key, Path path) {
    return futureOf(jedisQueue().jsonArrPop(key, path));
  }

  /**
   * Queues Jedis's {@code tsCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsCreate(String key) {
    return futureOf(jedisQueue().tsCreate(key));
  }

  /**
   * Queues Jedis's {@code tsCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param createParams the {@code createParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsCreate(String key, TSCreateParams createParams) {
    return futureOf(jedisQueue().tsCreate(key, createParams));
  }

  /**
   * Queues Jedis's {@code tsDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsDel(String key, long fromTimestamp, long toTimestamp) {
    return futureOf(jedisQueue().tsDel(key, fromTimestamp, toTimestamp));
  }

  /**
   * Queues Jedis's {@code tsAlter}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param alterParams the {@code alterParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsAlter(String key, TSAlterParams alterParams) {
    return futureOf(jedisQueue().tsAlter(key, alterParams));
  }

  /**
   * Queues Jedis's {@code tsAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsAdd(String key, double value) {
    return futureOf(jedisQueue().tsAdd(key, value));
  }

  /**
   * Queues Jedis's {@code tsAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsAdd(String key, long timestamp, double value) {
    return futureOf(jedisQueue().tsAdd(key, timestamp, value));
  }

  /**
   * Queues Jedis's {@code tsAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param createParams the {@code createParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsAdd(String key, long timestamp, double value,
      TSCreateParams createParams) {
    return futureOf(jedisQueue().tsAdd(key, timestamp, value, createParams));
  }

  /**
   * Queues Jedis's {@code tsAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param addParams the {@code addParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsAdd(String key, long timestamp, double value, TSAddParams addParams) {
    return futureOf(jedisQueue().tsAdd(key, timestamp, value, addParams));
  }

  /**
   * Queues Jedis's {@code tsMAdd}; the future is filled when the root pipeline executes.
   *
   * @param entries the {@code entries} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> tsMAdd(Map.Entry<String, TSElement>... entries) {
    return futureOf(jedisQueue().tsMAdd(entries));
  }

  /**
   * Queues Jedis's {@code tsIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsIncrBy(String key, double value) {
    return futureOf(jedisQueue().tsIncrBy(key, value));
  }

  /**
   * Queues Jedis's {@code tsIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsIncrBy(String key, double value, long timestamp) {
    return futureOf(jedisQueue().tsIncrBy(key, value, timestamp));
  }

  /**
   * Queues Jedis's {@code tsIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param addend the {@code addend} argument, passed to Jedis as it is
   * @param incrByParams the {@code incrByParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsIncrBy(String key, double addend, TSIncrByParams incrByParams) {
    return futureOf(jedisQueue().tsIncrBy(key, addend, incrByParams));
  }

  /**
   * Queues Jedis's {@code tsDecrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsDecrBy(String key, double value) {
    return futureOf(jedisQueue().tsDecrBy(key, value));
  }

  /**
   * Queues Jedis's {@code tsDecrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param value the {@code value} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsDecrBy(String key, double value, long timestamp) {
    return futureOf(jedisQueue().tsDecrBy(key, value, timestamp));
  }

  /**
   * Queues Jedis's {@code tsDecrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param subtrahend the {@code subtrahend} argument, passed to Jedis as it is
   * @param decrByParams the {@code decrByParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> tsDecrBy(String key, double subtrahend, TSDecrByParams decrByParams) {
    return futureOf(jedisQueue().tsDecrBy(key, subtrahend, decrByParams));
  }

  /**
   * Queues Jedis's {@code tsRange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRange(String key, long fromTimestamp, long toTimestamp) {
    return futureOf(jedisQueue().tsRange(key, fromTimestamp, toTimestamp));
  }

  /**
   * Queues Jedis's {@code tsRange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param rangeParams the {@code rangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRange(String key, TSRangeParams rangeParams) {
    return futureOf(jedisQueue().tsRange(key, rangeParams));
  }

  /**
   * Queues Jedis's {@code tsRevRange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRevRange(String key, long fromTimestamp,
      long toTimestamp) {
    return futureOf(jedisQueue().tsRevRange(key, fromTimestamp, toTimestamp));
  }

  /**
   * Queues Jedis's {@code tsRevRange}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param rangeParams the {@code rangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRevRange(String key, TSRangeParams rangeParams) {
    return futureOf(jedisQueue().tsRevRange(key, rangeParams));
  }

  /**
   * Queues Jedis's {@code tsRead}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param timestamp the {@code timestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRead(String key, long timestamp) {
    return futureOf(jedisQueue().tsRead(key, timestamp));
  }

  /**
   * Queues Jedis's {@code tsRead}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param readParams the {@code readParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsRead(String key, TSReadParams readParams) {
    return futureOf(jedisQueue().tsRead(key, readParams));
  }

  /**
   * Queues Jedis's {@code tsNRange}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsNRange(String[] keys, long fromTimestamp,
      long toTimestamp) {
    return futureOf(jedisQueue().tsNRange(keys, fromTimestamp, toTimestamp));
  }

  /**
   * Queues Jedis's {@code tsNRange}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param nrangeParams the {@code nrangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsNRange(String[] keys, TSNRangeParams nrangeParams) {
    return futureOf(jedisQueue().tsNRange(keys, nrangeParams));
  }

  /**
   * Queues Jedis's {@code tsNRevRange}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsNRevRange(String[] keys, long fromTimestamp,
      long toTimestamp) {
    return futureOf(jedisQueue().tsNRevRange(keys, fromTimestamp, toTimestamp));
  }

  /**
   * Queues Jedis's {@code tsNRevRange}; the future is filled when the root pipeline executes.
   *
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @param nrangeParams the {@code nrangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<TSElement>> tsNRevRange(String[] keys, TSNRangeParams nrangeParams) {
    return futureOf(jedisQueue().tsNRevRange(keys, nrangeParams));
  }

  /**
   * Queues Jedis's {@code tsMRange}; the future is filled when the root pipeline executes.
   *
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, TSMRangeElements>> tsMRange(long fromTimestamp, long toTimestamp,
      String... filters) {
    return futureOf(jedisQueue().tsMRange(fromTimestamp, toTimestamp, filters));
  }

  /**
   * Queues Jedis's {@code tsMRange}; the future is filled when the root pipeline executes.
   *
   * @param multiRangeParams the {@code multiRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, TSMRangeElements>> tsMRange(TSMRangeParams multiRangeParams) {
    return futureOf(jedisQueue().tsMRange(multiRangeParams));
  }

  /**
   * Queues Jedis's {@code tsMRevRange}; the future is filled when the root pipeline executes.
   *
   * @param fromTimestamp the {@code fromTimestamp} argument, passed to Jedis as it is
   * @param toTimestamp the {@code toTimestamp} argument, passed to Jedis as it is
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, TSMRangeElements>> tsMRevRange(long fromTimestamp,
      long toTimestamp, String... filters) {
    return futureOf(jedisQueue().tsMRevRange(fromTimestamp, toTimestamp, filters));
  }

  /**
   * Queues Jedis's {@code tsMRevRange}; the future is filled when the root pipeline executes.
   *
   * @param multiRangeParams the {@code multiRangeParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, TSMRangeElements>> tsMRevRange(TSMRangeParams multiRangeParams) {
    return futureOf(jedisQueue().tsMRevRange(multiRangeParams));
  }

  /**
   * Queues Jedis's {@code tsGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<TSElement> tsGet(String key) {
    return futureOf(jedisQueue().tsGet(key));
  }

  /**
   * Queues Jedis's {@code tsGet}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param getParams the {@code getParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<TSElement> tsGet(String key, TSGetParams getParams) {
    return futureOf(jedisQueue().tsGet(key, getParams));
  }

  /**
   * Queues Jedis's {@code tsMGet}; the future is filled when the root pipeline executes.
   *
   * @param multiGetParams the {@code multiGetParams} argument, passed to Jedis as it is
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, TSMGetElement>> tsMGet(TSMGetParams multiGetParams,
      String... filters) {
    return futureOf(jedisQueue().tsMGet(multiGetParams, filters));
  }

  /**
   * Queues Jedis's {@code tsCreateRule}; the future is filled when the root pipeline executes.
   *
   * @param sourceKey the {@code sourceKey} argument, passed to Jedis as it is
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param aggregationType the {@code aggregationType} argument, passed to Jedis as it is
   * @param timeBucket the {@code timeBucket} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsCreateRule(String sourceKey, String destKey,
      AggregationType aggregationType, long timeBucket) {
    return futureOf(jedisQueue().tsCreateRule(sourceKey, destKey, aggregationType, timeBucket));
  }

  /**
   * Queues Jedis's {@code tsCreateRule}; the future is filled when the root pipeline executes.
   *
   * @param sourceKey the {@code sourceKey} argument, passed to Jedis as it is
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param aggregationType the {@code aggregationType} argument, passed to Jedis as it is
   * @param bucketDuration the {@code bucketDuration} argument, passed to Jedis as it is
   * @param alignTimestamp the {@code alignTimestamp} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsCreateRule(String sourceKey, String destKey,
      AggregationType aggregationType, long bucketDuration, long alignTimestamp) {
    return futureOf(jedisQueue().tsCreateRule(sourceKey, destKey, aggregationType, bucketDuration, alignTimestamp));
  }

  /**
   * Queues Jedis's {@code tsDeleteRule}; the future is filled when the root pipeline executes.
   *
   * @param sourceKey the {@code sourceKey} argument, passed to Jedis as it is
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tsDeleteRule(String sourceKey, String destKey) {
    return futureOf(jedisQueue().tsDeleteRule(sourceKey, destKey));
  }

  /**
   * Queues Jedis's {@code tsQueryIndex}; the future is filled when the root pipeline executes.
   *
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> tsQueryIndex(String... filters) {
    return futureOf(jedisQueue().tsQueryIndex(filters));
  }

  /**
   * Queues Jedis's {@code tsQueryLabels}; the future is filled when the root pipeline executes.
   *
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> tsQueryLabels(String... filters) {
    return futureOf(jedisQueue().tsQueryLabels(filters));
  }

  /**
   * Queues Jedis's {@code tsQueryLabelValues}; the future is filled when the root pipeline executes.
   *
   * @param label the {@code label} argument, passed to Jedis as it is
   * @param filters the {@code filters} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> tsQueryLabelValues(String label, String... filters) {
    return futureOf(jedisQueue().tsQueryLabelValues(label, filters));
  }

  /**
   * Queues Jedis's {@code tsInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<TSInfo> tsInfo(String key) {
    return futureOf(jedisQueue().tsInfo(key));
  }

  /**
   * Queues Jedis's {@code tsInfoDebug}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<TSInfo> tsInfoDebug(String key) {
    return futureOf(jedisQueue().tsInfoDebug(key));
  }

  /**
   * Queues Jedis's {@code bfReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param errorRate the {@code errorRate} argument, passed to Jedis as it is
   * @param capacity the {@code capacity} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> bfReserve(String key, double errorRate, long capacity) {
    return futureOf(jedisQueue().bfReserve(key, errorRate, capacity));
  }

  /**
   * Queues Jedis's {@code bfReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param errorRate the {@code errorRate} argument, passed to Jedis as it is
   * @param capacity the {@code capacity} argument, passed to Jedis as it is
   * @param reserveParams the {@code reserveParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> bfReserve(String key, double errorRate, long capacity,
      BFReserveParams reserveParams) {
    return futureOf(jedisQueue().bfReserve(key, errorRate, capacity, reserveParams));
  }

  /**
   * Queues Jedis's {@code bfAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> bfAdd(String key, String item) {
    return futureOf(jedisQueue().bfAdd(key, item));
  }

  /**
   * Queues Jedis's {@code bfMAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> bfMAdd(String key, String... items) {
    return futureOf(jedisQueue().bfMAdd(key, items));
  }

  /**
   * Queues Jedis's {@code bfInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> bfInsert(String key, String... items) {
    return futureOf(jedisQueue().bfInsert(key, items));
  }

  /**
   * Queues Jedis's {@code bfInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param insertParams the {@code insertParams} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> bfInsert(String key, BFInsertParams insertParams,
      String... items) {
    return futureOf(jedisQueue().bfInsert(key, insertParams, items));
  }

  /**
   * Queues Jedis's {@code bfExists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> bfExists(String key, String item) {
    return futureOf(jedisQueue().bfExists(key, item));
  }

  /**
   * Queues Jedis's {@code bfMExists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> bfMExists(String key, String... items) {
    return futureOf(jedisQueue().bfMExists(key, items));
  }

  /**
   * Queues Jedis's {@code bfScanDump}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param iterator the {@code iterator} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map.Entry<Long, byte[]>> bfScanDump(String key, long iterator) {
    return futureOf(jedisQueue().bfScanDump(key, iterator));
  }

  /**
   * Queues Jedis's {@code bfLoadChunk}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param iterator the {@code iterator} argument, passed to Jedis as it is
   * @param data the {@code data} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> bfLoadChunk(String key, long iterator, byte[] data) {
    return futureOf(jedisQueue().bfLoadChunk(key, iterator, data));
  }

  /**
   * Queues Jedis's {@code bfCard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> bfCard(String key) {
    return futureOf(jedisQueue().bfCard(key));
  }

  /**
   * Queues Jedis's {@code bfInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> bfInfo(String key) {
    return futureOf(jedisQueue().bfInfo(key));
  }

  /**
   * Queues Jedis's {@code cfReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param capacity the {@code capacity} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cfReserve(String key, long capacity) {
    return futureOf(jedisQueue().cfReserve(key, capacity));
  }

  /**
   * Queues Jedis's {@code cfReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param capacity the {@code capacity} argument, passed to Jedis as it is
   * @param reserveParams the {@code reserveParams} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cfReserve(String key, long capacity, CFReserveParams reserveParams) {
    return futureOf(jedisQueue().cfReserve(key, capacity, reserveParams));
  }

  /**
   * Queues Jedis's {@code cfAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> cfAdd(String key, String item) {
    return futureOf(jedisQueue().cfAdd(key, item));
  }

  /**
   * Queues Jedis's {@code cfAddNx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> cfAddNx(String key, String item) {
    return futureOf(jedisQueue().cfAddNx(key, item));
  }

  /**
   * Queues Jedis's {@code cfInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> cfInsert(String key, String... items) {
    return futureOf(jedisQueue().cfInsert(key, items));
  }

  /**
   * Queues Jedis's {@code cfInsert}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param insertParams the {@code insertParams} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> cfInsert(String key, CFInsertParams insertParams,
      String... items) {
    return futureOf(jedisQueue().cfInsert(key, insertParams, items));
  }

  /**
   * Queues Jedis's {@code cfInsertNx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> cfInsertNx(String key, String... items) {
    return futureOf(jedisQueue().cfInsertNx(key, items));
  }

  /**
   * Queues Jedis's {@code cfInsertNx}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param insertParams the {@code insertParams} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> cfInsertNx(String key, CFInsertParams insertParams,
      String... items) {
    return futureOf(jedisQueue().cfInsertNx(key, insertParams, items));
  }

  /**
   * Queues Jedis's {@code cfExists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> cfExists(String key, String item) {
    return futureOf(jedisQueue().cfExists(key, item));
  }

  /**
   * Queues Jedis's {@code cfMExists}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> cfMExists(String key, String... items) {
    return futureOf(jedisQueue().cfMExists(key, items));
  }

  /**
   * Queues Jedis's {@code cfDel}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> cfDel(String key, String item) {
    return futureOf(jedisQueue().cfDel(key, item));
  }

  /**
   * Queues Jedis's {@code cfCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param item the {@code item} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> cfCount(String key, String item) {
    return futureOf(jedisQueue().cfCount(key, item));
  }

  /**
   * Queues Jedis's {@code cfScanDump}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param iterator the {@code iterator} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map.Entry<Long, byte[]>> cfScanDump(String key, long iterator) {
    return futureOf(jedisQueue().cfScanDump(key, iterator));
  }

  /**
   * Queues Jedis's {@code cfLoadChunk}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param iterator the {@code iterator} argument, passed to Jedis as it is
   * @param data the {@code data} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cfLoadChunk(String key, long iterator, byte[] data) {
    return futureOf(jedisQueue().cfLoadChunk(key, iterator, data));
  }

  /**
   * Queues Jedis's {@code cfInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> cfInfo(String key) {
    return futureOf(jedisQueue().cfInfo(key));
  }

  /**
   * Queues Jedis's {@code cmsInitByDim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param depth the {@code depth} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cmsInitByDim(String key, long width, long depth) {
    return futureOf(jedisQueue().cmsInitByDim(key, width, depth));
  }

  /**
   * Queues Jedis's {@code cmsInitByProb}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param error the {@code error} argument, passed to Jedis as it is
   * @param probability the {@code probability} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cmsInitByProb(String key, double error, double probability) {
    return futureOf(jedisQueue().cmsInitByProb(key, error, probability));
  }

  /**
   * Queues Jedis's {@code cmsIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param itemIncrements the {@code itemIncrements} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> cmsIncrBy(String key, Map<String, Long> itemIncrements) {
    return futureOf(jedisQueue().cmsIncrBy(key, itemIncrements));
  }

  /**
   * Queues Jedis's {@code cmsQuery}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> cmsQuery(String key, String... items) {
    return futureOf(jedisQueue().cmsQuery(key, items));
  }

  /**
   * Queues Jedis's {@code cmsMerge}; the future is filled when the root pipeline executes.
   *
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param keys the {@code keys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cmsMerge(String destKey, String... keys) {
    return futureOf(jedisQueue().cmsMerge(destKey, keys));
  }

  /**
   * Queues Jedis's {@code cmsMerge}; the future is filled when the root pipeline executes.
   *
   * @param destKey the {@code destKey} argument, passed to Jedis as it is
   * @param keysAndWeights the {@code keysAndWeights} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> cmsMerge(String destKey, Map<String, Long> keysAndWeights) {
    return futureOf(jedisQueue().cmsMerge(destKey, keysAndWeights));
  }

  /**
   * Queues Jedis's {@code cmsInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> cmsInfo(String key) {
    return futureOf(jedisQueue().cmsInfo(key));
  }

  /**
   * Queues Jedis's {@code topkReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param topk the {@code topk} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> topkReserve(String key, long topk) {
    return futureOf(jedisQueue().topkReserve(key, topk));
  }

  /**
   * Queues Jedis's {@code topkReserve}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param topk the {@code topk} argument, passed to Jedis as it is
   * @param width the {@code width} argument, passed to Jedis as it is
   * @param depth the {@code depth} argument, passed to Jedis as it is
   * @param decay the {@code decay} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> topkReserve(String key, long topk, long width, long depth,
      double decay) {
    return futureOf(jedisQueue().topkReserve(key, topk, width, depth, decay));
  }

  /**
   * Queues Jedis's {@code topkAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> topkAdd(String key, String... items) {
    return futureOf(jedisQueue().topkAdd(key, items));
  }

  /**
   * Queues Jedis's {@code topkIncrBy}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param itemIncrements the {@code itemIncrements} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> topkIncrBy(String key, Map<String, Long> itemIncrements) {
    return futureOf(jedisQueue().topkIncrBy(key, itemIncrements));
  }

  /**
   * Queues Jedis's {@code topkQuery}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param items the {@code items} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Boolean>> topkQuery(String key, String... items) {
    return futureOf(jedisQueue().topkQuery(key, items));
  }

  /**
   * Queues Jedis's {@code topkList}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> topkList(String key) {
    return futureOf(jedisQueue().topkList(key));
  }

  /**
   * Queues Jedis's {@code topkListWithCount}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Long>> topkListWithCount(String key) {
    return futureOf(jedisQueue().topkListWithCount(key));
  }

  /**
   * Queues Jedis's {@code topkInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> topkInfo(String key) {
    return futureOf(jedisQueue().topkInfo(key));
  }

  /**
   * Queues Jedis's {@code tdigestCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestCreate(String key) {
    return futureOf(jedisQueue().tdigestCreate(key));
  }

  /**
   * Queues Jedis's {@code tdigestCreate}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param compression the {@code compression} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestCreate(String key, int compression) {
    return futureOf(jedisQueue().tdigestCreate(key, compression));
  }

  /**
   * Queues Jedis's {@code tdigestReset}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestReset(String key) {
    return futureOf(jedisQueue().tdigestReset(key));
  }

  /**
   * Queues Jedis's {@code tdigestMerge}; the future is filled when the root pipeline executes.
   *
   * @param destinationKey the {@code destinationKey} argument, passed to Jedis as it is
   * @param sourceKeys the {@code sourceKeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestMerge(String destinationKey, String... sourceKeys) {
    return futureOf(jedisQueue().tdigestMerge(destinationKey, sourceKeys));
  }

  /**
   * Queues Jedis's {@code tdigestMerge}; the future is filled when the root pipeline executes.
   *
   * @param mergeParams the {@code mergeParams} argument, passed to Jedis as it is
   * @param destinationKey the {@code destinationKey} argument, passed to Jedis as it is
   * @param sourceKeys the {@code sourceKeys} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestMerge(TDigestMergeParams mergeParams, String destinationKey,
      String... sourceKeys) {
    return futureOf(jedisQueue().tdigestMerge(mergeParams, destinationKey, sourceKeys));
  }

  /**
   * Queues Jedis's {@code tdigestInfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Object>> tdigestInfo(String key) {
    return futureOf(jedisQueue().tdigestInfo(key));
  }

  /**
   * Queues Jedis's {@code tdigestAdd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> tdigestAdd(String key, double... values) {
    return futureOf(jedisQueue().tdigestAdd(key, values));
  }

  /**
   * Queues Jedis's {@code tdigestCDF}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> tdigestCDF(String key, double... values) {
    return futureOf(jedisQueue().tdigestCDF(key, values));
  }

  /**
   * Queues Jedis's {@code tdigestQuantile}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param quantiles the {@code quantiles} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> tdigestQuantile(String key, double... quantiles) {
    return futureOf(jedisQueue().tdigestQuantile(key, quantiles));
  }

  /**
   * Queues Jedis's {@code tdigestMin}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> tdigestMin(String key) {
    return futureOf(jedisQueue().tdigestMin(key));
  }

  /**
   * Queues Jedis's {@code tdigestMax}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> tdigestMax(String key) {
    return futureOf(jedisQueue().tdigestMax(key));
  }

  /**
   * Queues Jedis's {@code tdigestTrimmedMean}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param lowCutQuantile the {@code lowCutQuantile} argument, passed to Jedis as it is
   * @param highCutQuantile the {@code highCutQuantile} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Double> tdigestTrimmedMean(String key, double lowCutQuantile,
      double highCutQuantile) {
    return futureOf(jedisQueue().tdigestTrimmedMean(key, lowCutQuantile, highCutQuantile));
  }

  /**
   * Queues Jedis's {@code tdigestRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> tdigestRank(String key, double... values) {
    return futureOf(jedisQueue().tdigestRank(key, values));
  }

  /**
   * Queues Jedis's {@code tdigestRevRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param values the {@code values} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Long>> tdigestRevRank(String key, double... values) {
    return futureOf(jedisQueue().tdigestRevRank(key, values));
  }

  /**
   * Queues Jedis's {@code tdigestByRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ranks the {@code ranks} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> tdigestByRank(String key, long... ranks) {
    return futureOf(jedisQueue().tdigestByRank(key, ranks));
  }

  /**
   * Queues Jedis's {@code tdigestByRevRank}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param ranks the {@code ranks} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> tdigestByRevRank(String key, long... ranks) {
    return futureOf(jedisQueue().tdigestByRevRank(key, ranks));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(String key, float[] vector, String element) {
    return futureOf(jedisQueue().vadd(key, vector, element));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(String key, float[] vector, String element, VAddParams params) {
    return futureOf(jedisQueue().vadd(key, vector, element, params));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(String key, byte[] vectorBlob, String element) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(String key, byte[] vectorBlob, String element,
      VAddParams params) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element, params));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param reduceDim the {@code reduceDim} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(String key, float[] vector, String element, int reduceDim,
      VAddParams params) {
    return futureOf(jedisQueue().vadd(key, vector, element, reduceDim, params));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param reduceDim the {@code reduceDim} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(String key, byte[] vectorBlob, String element,
      int reduceDim, VAddParams params) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element, reduceDim, params));
  }

  /**
   * Queues Jedis's {@code vsim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> vsim(String key, float[] vector) {
    return futureOf(jedisQueue().vsim(key, vector));
  }

  /**
   * Queues Jedis's {@code vsim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> vsim(String key, float[] vector, VSimParams params) {
    return futureOf(jedisQueue().vsim(key, vector, params));
  }

  /**
   * Queues Jedis's {@code vsimWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Double>> vsimWithScores(String key, float[] vector,
      VSimParams params) {
    return futureOf(jedisQueue().vsimWithScores(key, vector, params));
  }

  /**
   * Queues Jedis's {@code vsimByElement}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> vsimByElement(String key, String element) {
    return futureOf(jedisQueue().vsimByElement(key, element));
  }

  /**
   * Queues Jedis's {@code vsimByElement}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> vsimByElement(String key, String element, VSimParams params) {
    return futureOf(jedisQueue().vsimByElement(key, element, params));
  }

  /**
   * Queues Jedis's {@code vsimByElementWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<String, Double>> vsimByElementWithScores(String key, String element,
      VSimParams params) {
    return futureOf(jedisQueue().vsimByElementWithScores(key, element, params));
  }

  /**
   * Queues Jedis's {@code vdim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> vdim(String key) {
    return futureOf(jedisQueue().vdim(key));
  }

  /**
   * Queues Jedis's {@code vcard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> vcard(String key) {
    return futureOf(jedisQueue().vcard(key));
  }

  /**
   * Queues Jedis's {@code vismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vismember(String key, String element) {
    return futureOf(jedisQueue().vismember(key, element));
  }

  /**
   * Queues Jedis's {@code vemb}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> vemb(String key, String element) {
    return futureOf(jedisQueue().vemb(key, element));
  }

  /**
   * Queues Jedis's {@code vembRaw}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<RawVector> vembRaw(String key, String element) {
    return futureOf(jedisQueue().vembRaw(key, element));
  }

  /**
   * Queues Jedis's {@code vrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vrem(String key, String element) {
    return futureOf(jedisQueue().vrem(key, element));
  }

  /**
   * Queues Jedis's {@code vlinks}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<List<String>>> vlinks(String key, String element) {
    return futureOf(jedisQueue().vlinks(key, element));
  }

  /**
   * Queues Jedis's {@code vlinksWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map<String, Double>>> vlinksWithScores(String key, String element) {
    return futureOf(jedisQueue().vlinksWithScores(key, element));
  }

  /**
   * Queues Jedis's {@code vrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> vrandmember(String key) {
    return futureOf(jedisQueue().vrandmember(key));
  }

  /**
   * Queues Jedis's {@code vrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<String>> vrandmember(String key, int count) {
    return futureOf(jedisQueue().vrandmember(key, count));
  }

  /**
   * Queues Jedis's {@code vgetattr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> vgetattr(String key, String element) {
    return futureOf(jedisQueue().vgetattr(key, element));
  }

  /**
   * Queues Jedis's {@code vsetattr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param attributes the {@code attributes} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vsetattr(String key, String element, String attributes) {
    return futureOf(jedisQueue().vsetattr(key, element, attributes));
  }

  /**
   * Queues Jedis's {@code vinfo}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<VectorInfo> vinfo(String key) {
    return futureOf(jedisQueue().vinfo(key));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(byte[] key, float[] vector, byte[] element) {
    return futureOf(jedisQueue().vadd(key, vector, element));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(byte[] key, float[] vector, byte[] element, VAddParams params) {
    return futureOf(jedisQueue().vadd(key, vector, element, params));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(byte[] key, byte[] vectorBlob, byte[] element) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(byte[] key, byte[] vectorBlob, byte[] element,
      VAddParams params) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element, params));
  }

  /**
   * Queues Jedis's {@code vadd}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param reduceDim the {@code reduceDim} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vadd(byte[] key, float[] vector, byte[] element, int reduceDim,
      VAddParams params) {
    return futureOf(jedisQueue().vadd(key, vector, element, reduceDim, params));
  }

  /**
   * Queues Jedis's {@code vaddFP32}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vectorBlob the {@code vectorBlob} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param reduceDim the {@code reduceDim} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vaddFP32(byte[] key, byte[] vectorBlob, byte[] element,
      int reduceDim, VAddParams params) {
    return futureOf(jedisQueue().vaddFP32(key, vectorBlob, element, reduceDim, params));
  }

  /**
   * Queues Jedis's {@code vsim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> vsim(byte[] key, float[] vector) {
    return futureOf(jedisQueue().vsim(key, vector));
  }

  /**
   * Queues Jedis's {@code vsim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> vsim(byte[] key, float[] vector, VSimParams params) {
    return futureOf(jedisQueue().vsim(key, vector, params));
  }

  /**
   * Queues Jedis's {@code vsimWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param vector the {@code vector} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<byte[], Double>> vsimWithScores(byte[] key, float[] vector,
      VSimParams params) {
    return futureOf(jedisQueue().vsimWithScores(key, vector, params));
  }

  /**
   * Queues Jedis's {@code vsimByElement}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> vsimByElement(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vsimByElement(key, element));
  }

  /**
   * Queues Jedis's {@code vsimByElement}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> vsimByElement(byte[] key, byte[] element, VSimParams params) {
    return futureOf(jedisQueue().vsimByElement(key, element, params));
  }

  /**
   * Queues Jedis's {@code vsimByElementWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Map<byte[], Double>> vsimByElementWithScores(byte[] key, byte[] element,
      VSimParams params) {
    return futureOf(jedisQueue().vsimByElementWithScores(key, element, params));
  }

  /**
   * Queues Jedis's {@code vdim}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> vdim(byte[] key) {
    return futureOf(jedisQueue().vdim(key));
  }

  /**
   * Queues Jedis's {@code vcard}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Long> vcard(byte[] key) {
    return futureOf(jedisQueue().vcard(key));
  }

  /**
   * Queues Jedis's {@code vismember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vismember(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vismember(key, element));
  }

  /**
   * Queues Jedis's {@code vemb}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Double>> vemb(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vemb(key, element));
  }

  /**
   * Queues Jedis's {@code vembRaw}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<RawVector> vembRaw(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vembRaw(key, element));
  }

  /**
   * Queues Jedis's {@code vrem}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vrem(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vrem(key, element));
  }

  /**
   * Queues Jedis's {@code vlinks}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<List<byte[]>>> vlinks(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vlinks(key, element));
  }

  /**
   * Queues Jedis's {@code vlinksWithScores}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<Map<byte[], Double>>> vlinksWithScores(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vlinksWithScores(key, element));
  }

  /**
   * Queues Jedis's {@code vrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> vrandmember(byte[] key) {
    return futureOf(jedisQueue().vrandmember(key));
  }

  /**
   * Queues Jedis's {@code vrandmember}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param count the {@code count} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<List<byte[]>> vrandmember(byte[] key, int count) {
    return futureOf(jedisQueue().vrandmember(key, count));
  }

  /**
   * Queues Jedis's {@code vgetattr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<byte[]> vgetattr(byte[] key, byte[] element) {
    return futureOf(jedisQueue().vgetattr(key, element));
  }

  /**
   * Queues Jedis's {@code vsetattr}; the future is filled when the root pipeline executes.
   *
   * @param key the {@code key} argument, passed to Jedis as it is
   * @param element the {@code element} argument, passed to Jedis as it is
   * @param attributes the {@code attributes} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Boolean> vsetattr(byte[] key, byte[] element, byte[] attributes) {
    return futureOf(jedisQueue().vsetattr(key, element, attributes));
  }

  /**
   * Queues Jedis's {@code hotkeysStart}; the future is filled when the root pipeline executes.
   *
   * @param params the {@code params} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> hotkeysStart(HotkeysParams params) {
    return futureOf(jedisQueue().hotkeysStart(params));
  }

  /**
   * Queues Jedis's {@code hotkeysStop}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> hotkeysStop() {
    return futureOf(jedisQueue().hotkeysStop());
  }

  /**
   * Queues Jedis's {@code hotkeysReset}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<String> hotkeysReset() {
    return futureOf(jedisQueue().hotkeysReset());
  }

  /**
   * Queues Jedis's {@code hotkeysGet}; the future is filled when the root pipeline executes.
   *
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<HotkeysInfo> hotkeysGet() {
    return futureOf(jedisQueue().hotkeysGet());
  }

  /**
   * Queues Jedis's {@code sendCommand}; the future is filled when the root pipeline executes.
   *
   * @param cmd the {@code cmd} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> sendCommand(ProtocolCommand cmd, String... args) {
    return futureOf(jedisQueue().sendCommand(cmd, args));
  }

  /**
   * Queues Jedis's {@code sendCommand}; the future is filled when the root pipeline executes.
   *
   * @param cmd the {@code cmd} argument, passed to Jedis as it is
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> sendCommand(ProtocolCommand cmd, byte[]... args) {
    return futureOf(jedisQueue().sendCommand(cmd, args));
  }

  /**
   * Queues Jedis's {@code sendCommand}; the future is filled when the root pipeline executes.
   *
   * @param args the {@code args} argument, passed to Jedis as it is
   * @return the future of the reply, as Jedis decodes it
   */
  public final Future<Object> sendCommand(CommandArguments args) {
    return futureOf(jedisQueue().sendCommand(args));
  }
}
