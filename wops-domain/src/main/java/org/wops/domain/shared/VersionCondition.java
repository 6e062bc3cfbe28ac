package org.wops.domain.shared;

import java.util.function.Supplier;

/**
 * A change made on condition that an aggregate is still at a given version (HTTP {@code If-Match}),
 * for the use cases that take no version of their own: the use case checks it inside its
 * transaction, after loading the aggregate, so that no concurrent change slips in between the check
 * and the write (and a {@link RetryOnConflict} attempt after a lost race ends in a {@link
 * StaleVersionException}, not in a change the caller did not see). The condition names the
 * aggregate (kind and id), so that other aggregates the same call touches are not held to it; it
 * holds for the calling thread, during the given call only.
 */
public final class VersionCondition {
  private record Expected(String kind, Object id, long version) {}

  private static final ThreadLocal<Expected> EXPECTED = new ThreadLocal<>();

  private VersionCondition() {}

  /**
   * Runs the change on condition that the aggregate ({@code kind}, {@code id}) is at {@code
   * version}; a {@code null} version: no condition.
   */
  public static <T> T ifVersion(String kind, Object id, Long version, Supplier<T> change) {
    Expected outer = EXPECTED.get();
    EXPECTED.set(version == null ? null : new Expected(kind, id, version));
    try {
      return change.get();
    } finally {
      if (outer == null) {
        EXPECTED.remove();
      } else {
        EXPECTED.set(outer);
      }
    }
  }

  /**
   * The version a change of the aggregate ({@code kind}, {@code id}) is conditional on: the
   * explicit one, else the caller's condition if it names this aggregate, else none.
   */
  public static Long expected(String kind, Object id, Long explicit) {
    if (explicit != null) {
      return explicit;
    }
    Expected e = EXPECTED.get();
    return e != null && e.kind().equals(kind) && e.id().equals(id) ? e.version() : null;
  }
}
