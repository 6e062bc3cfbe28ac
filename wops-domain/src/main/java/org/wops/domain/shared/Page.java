package org.wops.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing: the items, the zero-based page number, the page size and the total number
 * of matches (counted in the database, not by loading everything). A listing may stop counting at a
 * bound: then {@code exact} is false and {@code total} is a lower bound ("more than ..."). A page
 * asked for without a count ({@link PageRequest#uncounted()}) that is neither the first holding
 * every match nor the last has no total ({@link #UNCOUNTED}) and a next page.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean exact) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items are required"));
  }

  /** A page whose total is exact. */
  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }

  /** The total of a page that was not counted. */
  public static final long UNCOUNTED = -1;

  /** A full page, not counted, that has a next page. */
  public static <T> Page<T> uncounted(List<T> items, int page, int size) {
    return new Page<>(items, page, size, UNCOUNTED, false);
  }

  /** Whether {@link #total()} says something (exact or a lower bound). */
  public boolean counted() {
    return total != UNCOUNTED;
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, exact);
  }

  public long pageCount() {
    return size == 0 || !counted() ? 0 : (total + size - 1) / size;
  }

  /**
   * Whether a page follows this one (when the total is a lower bound, a full page may have one).
   */
  public boolean hasNext() {
    return exact ? page + 1 < pageCount() : items.size() == size;
  }
}
