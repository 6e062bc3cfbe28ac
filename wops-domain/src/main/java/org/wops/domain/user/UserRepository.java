package org.wops.domain.user;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserRepository {
  UserAccount store(UserAccount user);

  Optional<UserAccount> findByUsername(String username);

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
}
