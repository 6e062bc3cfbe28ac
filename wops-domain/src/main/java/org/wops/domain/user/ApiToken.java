package org.wops.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A personal API token: scripts send it as {@code Authorization: Bearer <token>}. Only the SHA-256
 * of the token is kept (a token is 32 random bytes, so a slow hash adds nothing); the token itself
 * is shown once, when it is issued. A revoked token stays listed, and no longer signs anyone in.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {
  public static final int NAME_MAX = 100;

  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private UserAccount user;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiToken() {
    // for JPA
  }

  ApiToken(UserAccount user, String name, String tokenHash, OffsetDateTime createdAt) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new DomainRuleViolation(
          "token.name.invalid",
          "name",
          "Name the token (1 to " + NAME_MAX + " characters), say what script uses it.",
          NAME_MAX);
    }
    this.user = Objects.requireNonNull(user);
    this.name = name.strip();
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  void revoke(OffsetDateTime at) {
    if (revokedAt == null) {
      this.revokedAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public UserAccount user() {
    return user;
  }

  public String name() {
    return name;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<OffsetDateTime> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public boolean active() {
    return revokedAt == null;
  }
}
