package org.wops.domain.user;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserRepository {
  UserAccount store(UserAccount user);

  Optional<UserAccount> findByUsername(String username);

  /** The account with this (lower-case) e-mail address. */
  Optional<UserAccount> findByEmail(String email);

  long count();

  List<UserAccount> all();

  ApiToken store(ApiToken token);

  Optional<ApiToken> findTokenByHash(String tokenHash);

  /** A user's tokens, newest first, revoked ones included. */
  List<ApiToken> tokensOf(UserAccount user);

  /**
   * Records that a token was used at {@code at}, unless it already was since {@code since}: one
   * conditional update, so that concurrent requests with the same token never conflict.
   */
  void touchToken(long tokenId, java.time.OffsetDateTime at, java.time.OffsetDateTime since);

  SignIn store(SignIn signIn);

  Optional<SignIn> findSignIn(String tokenHash);

  void deleteSignIn(String tokenHash);

  /** Forgets the sign-ins that ended before this time. */
  void deleteSignInsBefore(java.time.OffsetDateTime time);

  /** Ends every sign-in of the user but the one with this hash (null: all of them). */
  void deleteSignInsOf(String username, String exceptHash);

  /** Records a failed sign-in under each of these subjects (an account, an address). */
  void recordSignInFailure(java.util.Collection<String> subjects, java.time.OffsetDateTime at);

  /** How many failed sign-ins a subject had since this time, and the earliest of them. */
  SignInFailures signInFailures(String subject, java.time.OffsetDateTime since);

  /** Forgets a subject's failed sign-ins (a successful sign-in of that account). */
  void clearSignInFailures(String subject);

  /**
   * Forgets the failed sign-ins older than this time (subjects {@code user:} and {@code addr:}).
   */
  void deleteSignInFailuresBefore(java.time.OffsetDateTime time);

  /** Forgets the counted requests of subjects starting with {@code prefix} older than this time. */
  void deleteCountedBefore(String prefix, java.time.OffsetDateTime time);

  MailToken store(MailToken token);

  Optional<MailToken> findMailToken(String tokenHash);

  /** The newest link of this purpose mailed to the user that still works at {@code now}. */
  Optional<MailToken> latestUsableMailToken(
      String username, MailToken.Purpose purpose, java.time.OffsetDateTime now);

  /** Marks every unused link of this purpose of the user used (one works once, the others die). */
  void useMailTokensOf(String username, MailToken.Purpose purpose, java.time.OffsetDateTime at);

  /** Forgets the links that expired before this time. */
  void deleteMailTokensBefore(java.time.OffsetDateTime time);

  /** The failed sign-ins of one subject within a window. */
  record SignInFailures(long count, java.time.OffsetDateTime earliest) {}
}
