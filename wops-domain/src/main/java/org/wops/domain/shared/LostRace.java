package org.wops.domain.shared;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Tells a lost race from other failures: an optimistic-lock conflict (a concurrent change committed
 * first), or a unique key another transaction took between the use case's check and its insert
 * (SQLState 23505: the same IATI activity imported twice at once, say). Either way nothing of the
 * loser's was stored; the caller reloads and tries again.
 */
public final class LostRace {
  /** SQL's unique_violation (PostgreSQL and H2 alike). */
  private static final String UNIQUE_VIOLATION = "23505";

  private LostRace() {}

  /** Whether the failure is, at any depth, an optimistic-lock conflict or a unique key taken. */
  public static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
