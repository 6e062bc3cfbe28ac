package org.wops.domain.shared;

/**
 * The form was sent before and what it creates is already made (a double click, a resend): nothing
 * new is created, and the caller is shown the record the first sending made ({@link #madeId()}).
 */
public class AlreadySent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long madeId;

  public AlreadySent(long madeId) {
    super("This form was sent before: it made record " + madeId + ".");
    this.madeId = madeId;
  }

  public long madeId() {
    return madeId;
  }
}
