package org.wops.domain.shared;

import java.util.function.Supplier;

/**
 * A change made on condition that the aggregate is still at a given version (HTTP {@code
 * If-Match}), for the use cases that take no version of their own: the use case checks it inside
 * its transaction, after loading the aggregate, so that no concurrent change slips in between the
 * check and the write (and a {@link RetryOnConflict} attempt after a lost race ends in a {@link
 * StaleVersionException}, not in a change the caller did not see). The condition holds for the
 * calling thread, during the given call only.
 */
public final class VersionCondition {
  private static final ThreadLocal<Long> EXPECTED = new ThreadLocal<>();

  private VersionCondition() {}

  /** Runs the change on condition that the aggregate it changes is at {@code version} (or any). */
  public static <T> T ifVersion(Long version, Supplier<T> change) {
    Long outer = EXPECTED.get();
    EXPECTED.set(version);
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

  /** The version the current change is conditional on: the explicit one, else the caller's. */
  public static Long expected(Long explicit) {
    return explicit != null ? explicit : EXPECTED.get();
  }
}
