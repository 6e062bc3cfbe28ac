package org.wops.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A user signed in on the pages: the browser keeps a random secret in a cookie, the database only
 * its SHA-256, so that every instance of a cluster recognises the user (no session replication
 * needed), and signing out ends it everywhere. It lasts {@link UserService#SIGN_IN_LIFETIME}.
 */
@Entity
@Table(name = "sign_ins")
public class SignIn {
  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected SignIn() {}

  public SignIn(
      String tokenHash, String username, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.username = Objects.requireNonNull(username);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  public String username() {
    return username;
  }

  public boolean validAt(OffsetDateTime now) {
    return expiresAt.isAfter(now);
  }
}
