package org.wops.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;

/**
 * A person who signs in: a unique user name, a password kept only as a PBKDF2 hash, roles, and the
 * e-mail address a forgotten password's reset link goes to (one account per address).
 */
@Entity
@Table(name = "users")
public class UserAccount {
  /** The most characters its column holds. */
  public static final int USERNAME_MAX = 100;

  /** The most characters its column holds. */
  public static final int DISPLAY_NAME_MAX = 200;

  /** The most roles one user holds. */
  public static final int ROLES_MAX = 10;

  /** The most operators (or organisations) one user is granted. */
  public static final int GRANTS_MAX = 500;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The longest e-mail address (RFC 5321's path limit). */
  public static final int EMAIL_MAX = 254;

  @Id
  @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
  private Long id;

  @Version private long version;

  @Column(name = "username", nullable = false, length = USERNAME_MAX)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "display_name", length = DISPLAY_NAME_MAX)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false, length = 2)
  private Language language;

  @Column(name = "email", length = EMAIL_MAX)
  private String email;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_operators", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "operator_id", nullable = false)
  private Set<Long> operatorIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_organisations", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "organisation_id", nullable = false)
  private Set<Long> organisationIds = new HashSet<>();

  protected UserAccount() {
    // for JPA
  }

  public UserAccount(
      String username,
      String passwordHash,
      String displayName,
      Language language,
      Set<Role> roles,
      OffsetDateTime createdAt) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new DomainRuleViolation(
          "user.username.invalid",
          "username",
          "A user name has 3 to 100 lower-case letters, digits, '.', '_', '@' or '-'.");
    }
    if (roles == null || roles.isEmpty()) {
      throw new DomainRuleViolation(
          "user.roles.required", "roles", "A user has at least one role.");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash is required");
    this.displayName =
        org.wops.domain.shared.Texts.optional(
            displayName, "user.display-name", "displayName", "The display name", DISPLAY_NAME_MAX);
    this.language = language == null ? Language.EN : language;
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Language language() {
    return language;
  }

  /** Where this person's account mails go (a password reset), if an address is known. */
  public java.util.Optional<String> email() {
    return java.util.Optional.ofNullable(email);
  }

  /** Takes a new address (already confirmed, or set by ADMIN); null or blank removes it. */
  public void changeEmail(String newEmail) {
    this.email = newEmail == null || newEmail.isBlank() ? null : email(newEmail, "email");
  }

  /**
   * An e-mail address as the platform keeps it: trimmed, lower case, checked (refused naming the
   * field).
   */
  public static String email(String value, String field) {
    String e = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    if (e.isEmpty()) {
      throw new DomainRuleViolation("user.email.required", field, "An e-mail address is required.");
    }
    if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
      throw new DomainRuleViolation(
          "user.email.invalid",
          field,
          "'" + value.strip() + "' is not an e-mail address.",
          value.strip());
    }
    return e;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  /** The operators this person works for: an editor edits their partnerships. */
  public Set<Long> operatorIds() {
    return Set.copyOf(operatorIds);
  }

  /** The organisations this person works for: platforms, programmes, donors. */
  public Set<Long> organisationIds() {
    return Set.copyOf(organisationIds);
  }

  /** Says whom this person acts for (checked against the registers by the service). */
  public void actFor(Set<Long> operators, Set<Long> organisations) {
    this.operatorIds = new HashSet<>(operators == null ? Set.of() : operators);
    this.organisationIds = new HashSet<>(organisations == null ? Set.of() : organisations);
  }

  public void changeRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new DomainRuleViolation(
          "user.roles.required", "roles", "A user has at least one role.");
    }
    this.roles = EnumSet.copyOf(newRoles);
  }

  public void enable(boolean on) {
    this.enabled = on;
  }

  /** The PBKDF2 hash of the password (never shown). */
  public String passwordHash() {
    return passwordHash;
  }

  /** Takes a new password, already hashed. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "passwordHash is required");
  }

  public void changeLanguage(Language newLanguage) {
    this.language = newLanguage == null ? Language.EN : newLanguage;
  }

  /** What this person may see and do, for the access rules. */
  public Viewer asViewer() {
    return new Viewer(username, roles(), operatorIds(), organisationIds());
  }
}
