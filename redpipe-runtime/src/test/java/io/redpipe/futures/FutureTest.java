package io.redpipe.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.ResultFailed;
import io.redpipe.ResultNotReady;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FutureTest {
  @Test
  void readingBeforeSetSaysWhatToDo() {
    Future<Long> future = Future.create();
    assertFalse(future.isReady());
    ResultNotReady e = assertThrows(ResultNotReady.class, future::get);
    assertTrue(e.getMessage().contains("execute the root pipeline first"), e.getMessage());
    assertEquals("Future[pending]", future.toString());
  }

  @Test
  void setFillsDerivedFuturesInOrder() {
    Future<Long> source = Future.create();
    List<String> order = new ArrayList<>();
    Future<Long> doubled = source.map(v -> {
      order.add("doubled");
      return v * 2;
    });
    Future<String> text = doubled.map(v -> {
      order.add("text");
      return "n=" + v;
    });
    assertFalse(text.isReady());
    source.set(21L);
    assertEquals(42L, doubled.get());
    assertEquals("n=42", text.get());
    assertEquals(List.of("doubled", "text"), order);
    assertEquals("Future[n=42]", text.toString());
  }

  @Test
  void mapOnAReadyFutureIsReadyAtOnce() {
    Future<byte[]> bytes = Future.completed("hi".getBytes(StandardCharsets.UTF_8));
    assertEquals("hi", bytes.map(b -> new String(b, StandardCharsets.UTF_8)).get());
    assertEquals("Future[b\"hi\"]", bytes.toString());
  }

  @Test
  void nullIsAValue() {
    Future<String> future = Future.completed(null);
    assertTrue(future.isReady());
    assertEquals(null, future.get());
    assertEquals("Future[null]", future.toString());
  }

  @Test
  void aFutureIsSetOnce() {
    Future<String> future = Future.completed("a");
    InvalidOperation e = assertThrows(InvalidOperation.class, () -> future.set("b"));
    assertTrue(e.getMessage().contains("already set to a"), e.getMessage());
  }

  @Test
  void completionStageCompletesWhenSet() {
    Future<Long> future = Future.create();
    CompletableFuture<Long> stage = future.toCompletionStage().toCompletableFuture();
    assertFalse(stage.isDone());
    future.set(7L);
    assertEquals(7L, stage.getNow(-1L));
    assertEquals(7L, Future.completed(7L).toCompletionStage().toCompletableFuture().getNow(-1L));
  }

  @Test
  void aThrowingMapFunctionFailsOnlyItsOwnFuture() {
    Future<String> source = Future.create();
    Future<Long> parsed = source.map(Long::parseLong);
    Future<Long> chained = parsed.map(v -> v + 1);
    Future<Integer> length = source.map(String::length);
    assertThrows(NumberFormatException.class, () -> source.set("abc"));
    assertEquals("abc", source.get());
    assertFalse(parsed.isReady());
    assertTrue(parsed.isFailed());
    assertTrue(parsed.failure() instanceof NumberFormatException, parsed.toString());
    assertTrue(chained.isFailed());
    assertSame(parsed.failure(), chained.failure());
    ResultFailed e = assertThrows(ResultFailed.class, chained::get);
    assertSame(parsed.failure(), e.getCause());
    assertEquals(3, length.get());
    assertEquals("Future[failed: the map function of this future threw"
        + " java.lang.NumberFormatException: For input string: \"abc\"]", parsed.toString());
    assertEquals("Future[3]", length.toString());
  }
}
