package org.wops.domain.shared;

/**
 * A change was made to a version of an aggregate that is no longer the latest: someone else changed
 * it meanwhile. Nothing was changed; the caller reloads and tries again.
 */
public class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Something other than one version moved ({@code what}), said as {@code message}. */
  protected StaleVersionException(String what, String message) {
    super(message);
  }

  /** A form of a page older than what it acts on (its one-time id expired or never issued). */
  public StaleVersionException(String message) {
    super(message);
  }

  public StaleVersionException(String kind, Object id, long expected, long actual) {
    super(
        expected < 0
            ? "The version you named (If-Match) is no version of the "
                + kind
                + " "
                + id
                + ": it is at version "
                + actual
                + ". Reload it, then send its ETag."
            : "The "
                + kind
                + " "
                + id
                + " was changed by someone else (version "
                + actual
                + ", you had version "
                + expected
                + "). Reload it and apply your change again.");
  }
}
