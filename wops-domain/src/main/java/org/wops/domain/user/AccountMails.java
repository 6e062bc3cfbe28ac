package org.wops.domain.user;

import java.time.Duration;

/**
 * The mails about an account itself, written to the outbox in the caller's transaction (they go out
 * even if the mail server is briefly away). Unlike the news of partnerships, nobody can switch them
 * off: they answer a request the person just made.
 */
public interface AccountMails {
  /**
   * The link that sets a new password, to the account's address, in the account's language; {@code
   * secret} goes into the link and nowhere else.
   */
  void passwordReset(UserAccount account, String secret, Duration validFor);

  /** The link that confirms {@code newEmail} as the account's address, sent to that address. */
  void emailConfirmation(UserAccount account, String newEmail, String secret, Duration validFor);
}
