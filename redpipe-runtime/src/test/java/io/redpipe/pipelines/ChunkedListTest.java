package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkedListTest {
  @Test
  void behavesAsAnArrayListUnderAppendsAndTruncationsAtChunkBorders() {
    Random random = new Random(7);
    ChunkedList<Integer> chunked = new ChunkedList<>();
    List<Integer> model = new ArrayList<>();
    for (int step = 0; step < 2_000; step++) {
      int action = random.nextInt(10);
      if (action < 7) {
        int n = random.nextInt(70);
        List<Integer> more = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          more.add(step * 100 + i);
        }
        if (random.nextBoolean()) {
          more.forEach(chunked::add);
        } else {
          chunked.addAll(more);
        }
        model.addAll(more);
      } else {
        int from = model.isEmpty() ? 0 : random.nextInt(model.size() + 1);
        chunked.subList(from, chunked.size()).clear();
        model.subList(from, model.size()).clear();
      }
      assertEquals(model, chunked);
    }
    assertEquals(new ArrayList<>(model), new ArrayList<>(chunked));
  }

  @Test
  void everyIndexAcrossManyChunksReadsBackWhatWasAdded() {
    ChunkedList<Integer> chunked = new ChunkedList<>();
    for (int i = 0; i < 100_000; i++) {
      chunked.add(i);
    }
    for (int i = 0; i < 100_000; i++) {
      assertEquals(i, chunked.get(i));
    }
    assertThrows(IndexOutOfBoundsException.class, () -> chunked.get(100_000));
    assertThrows(IndexOutOfBoundsException.class, () -> chunked.get(-1));
  }

  @Test
  void insertsAndRemovalsInsideAreRefused() {
    ChunkedList<String> chunked = new ChunkedList<>();
    chunked.add("a");
    chunked.add("b");
    assertThrows(UnsupportedOperationException.class, () -> chunked.add(0, "c"));
    assertThrows(UnsupportedOperationException.class, () -> chunked.subList(0, 1).clear());
    assertEquals(List.of("a", "b"), chunked);
  }
}
