package org.wops.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing: the items, the zero-based page number, the page size and the total number
 * of matches (counted in the database, not by loading everything).
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items are required"));
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }

  public long pageCount() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }
}
