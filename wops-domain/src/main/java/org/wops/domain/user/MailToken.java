package org.wops.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A single-use link mailed to a user: a password reset, or the confirmation of a new e-mail
 * address. The mail carries a random secret; only its SHA-256 is kept, with the address it went to,
 * when it ends and whether it was used. It works once, until it expires.
 */
@Entity
@Table(name = "user_mail_tokens")
public class MailToken {
  /** What a link is for. */
  public enum Purpose {
    PASSWORD_RESET,
    EMAIL_CONFIRMATION
  }

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "email", nullable = false, length = UserAccount.EMAIL_MAX)
  private String email;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected MailToken() {}

  public MailToken(
      String tokenHash,
      Purpose purpose,
      String username,
      String email,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.purpose = Objects.requireNonNull(purpose);
    this.username = Objects.requireNonNull(username);
    this.email = Objects.requireNonNull(email);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  public Purpose purpose() {
    return purpose;
  }

  public String username() {
    return username;
  }

  /** The address the link was mailed to (for a confirmation: the new address). */
  public String email() {
    return email;
  }

  /** Whether the link still works: not used, not expired. */
  public boolean usableAt(OffsetDateTime now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  public void use(OffsetDateTime at) {
    this.usedAt = Objects.requireNonNull(at);
  }
}
