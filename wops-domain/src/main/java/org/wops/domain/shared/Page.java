package org.wops.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing: the items, the zero-based page number, the page size and the total number
 * of matches (counted in the database, not by loading everything). A listing may stop counting at a
 * bound: then {@code exact} is false and {@code total} is a lower bound ("more than ...").
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean exact) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items are required"));
  }

  /** A page whose total is exact. */
  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, exact);
  }

  public long pageCount() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }

  /**
   * Whether a page follows this one (when the total is a lower bound, a full page may have one).
   */
  public boolean hasNext() {
    return exact ? page + 1 < pageCount() : items.size() == size;
  }
}
