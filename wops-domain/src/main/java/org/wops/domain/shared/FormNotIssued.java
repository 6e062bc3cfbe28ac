package org.wops.domain.shared;

/**
 * A creating form sent with a one-time id that cannot be this sender's ({@link OnceSent}): none,
 * one the platform does not issue (forged), or one another user's sending claimed (replayed).
 * Nothing was made; the sender reloads the page and fills the form in again. A stale page to the
 * API's callers.
 */
public class FormNotIssued extends StaleVersionException {
  private static final long serialVersionUID = 1L;

  public FormNotIssued(String message) {
    super(message);
  }
}
