package org.wops.domain.shared;

import jakarta.persistence.OptimisticLockException;

/** Tells an optimistic-lock conflict (a concurrent change committed first) from other failures. */
public final class LostRace {
  private LostRace() {}

  /** Whether the failure is, at any depth, an optimistic-lock conflict. */
  public static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
