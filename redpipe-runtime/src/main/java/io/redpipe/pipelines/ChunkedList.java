package io.redpipe.pipelines;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An append-only list in chunks of 16, 32, 64, ... elements: adding never copies what was added
 * before (an {@code ArrayList} copies its array each time it grows, about 16 bytes per element
 * over its life), and at most about half of what it allocated is unused. Removal is from the end
 * only ({@code subList(from, size()).clear()}). The root queue of a pipeline keeps its commands
 * in one.
 *
 * @param <E> the type of the elements
 */
final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {
  private static final int FIRST = 16;
  private static final int SHIFT = 4;  // log2(FIRST)

  private Object[][] chunks = new Object[4][];
  private int size;

  @Override
  public boolean add(E element) {
    int chunk = chunkOf(size);
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunk * 2);
    }
    Object[] into = chunks[chunk];
    if (into == null) {
      into = chunks[chunk] = new Object[FIRST << chunk];
    }
    into[offsetIn(size, chunk)] = element;
    size++;
    modCount++;
    return true;
  }

  /** Appends only: {@code index} must be {@link #size()} (what {@code addAll} asks). */
  @Override
  public void add(int index, E element) {
    if (index != size) {
      throw new UnsupportedOperationException("appends only");
    }
    add(element);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size);
    }
    int chunk = chunkOf(index);
    return (E) chunks[chunk][offsetIn(index, chunk)];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    if (toIndex != size) {
      throw new UnsupportedOperationException("removes from the end only");
    }
    for (int i = fromIndex; i < toIndex; i++) {
      int chunk = chunkOf(i);
      chunks[chunk][offsetIn(i, chunk)] = null;
    }
    size = fromIndex;
    modCount++;
  }

  private static int chunkOf(int index) {
    return 31 - Integer.numberOfLeadingZeros((index >>> SHIFT) + 1);
  }

  private static int offsetIn(int index, int chunk) {
    return index - ((FIRST << chunk) - FIRST);
  }
}
