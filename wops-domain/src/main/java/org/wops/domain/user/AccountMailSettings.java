package org.wops.domain.user;

import java.time.Duration;

/**
 * How long mailed account links last, and how many password-reset mails one account or one client
 * address may ask for within a window (so that the form cannot flood a mailbox).
 *
 * @param resetValidity how long a password-reset link works
 * @param confirmationValidity how long the confirmation link of a new address works
 * @param resetsPerAccount reset mails per account within the window (more are silently not sent)
 * @param requestsPerAddress reset requests per client address, or per name or address asked for,
 *     within the window (more are refused with 429, whoever they name)
 * @param window the window of both limits
 * @param answerFloor the least time a reset request is answered in, whatever it came to: writing a
 *     mail to the outbox takes longer than finding no account, and the answer must not say which
 */
public record AccountMailSettings(
    Duration resetValidity,
    Duration confirmationValidity,
    int resetsPerAccount,
    int requestsPerAddress,
    Duration window,
    Duration answerFloor) {

  /** Waits out the rest of the answer floor of a request that started at {@code startedNanos}. */
  public void awaitAnswerFloor(long startedNanos) {
    long left = answerFloor.toNanos() - (System.nanoTime() - startedNanos);
    if (left > 0) {
      try {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
