package io.redpipe.keyspaces;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.resps.ScanResult;

/**
 * Iterates a cursor-based scan (SCAN, SSCAN, HSCAN, ZSCAN) page by page; each page is its own
 * round trip, fetched when the previous page is used up. Single use: {@link #iterator()} returns
 * this iterator. Items may repeat when the data changes during the scan (a Redis guarantee).
 *
 * @param <T> the items
 */
public final class ScanIterator<T> implements Iterator<T>, Iterable<T> {
  private final Function<String, ScanResult<T>> fetch;
  private final Deque<T> buffer = new ArrayDeque<>();
  private String cursor = "0";
  private boolean finished;

  /** Creates an iterator that fetches a page for a cursor with {@code fetch}, starting at "0". */
  public ScanIterator(Function<String, ScanResult<T>> fetch) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !finished) {
      ScanResult<T> page = fetch.apply(cursor);
      buffer.addAll(page.getResult());
      cursor = page.getCursor();
      finished = page.isCompleteIteration();
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the scan is complete");
    }
    return buffer.removeFirst();
  }

  /** Returns this iterator (it can be iterated once). */
  @Override
  public Iterator<T> iterator() {
    return this;
  }
}
