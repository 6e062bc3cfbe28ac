package org.wops.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;

/** Use cases on user accounts. Passwords are hashed with PBKDF2 before anything is stored. */
@ApplicationScoped
@Transactional
public class UserService {
  /** The PBKDF2 parameters, shared with the identity store that checks passwords. */
  public static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16");

  public static final int PASSWORD_MIN = PasswordPolicy.MIN_LENGTH;

  /** Personal API tokens start with this, so that they are recognised (and found by scanners). */
  public static final String TOKEN_PREFIX = "wops_";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserRepository users;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Clock clock;
  @Inject OperatorRepository operators;
  @Inject OrganisationRepository organisations;
  @Inject AccountMails mails;
  @Inject AccountMailSettings mailSettings;
  @Inject SignInThrottle throttle;

  /**
   * Creates a user with the operators and organisations it acts for, all or nothing: an unknown
   * operator or organisation leaves no user behind (one transaction).
   */
  public UserAccount create(
      String username,
      String password,
      String displayName,
      Language language,
      Set<Role> roles,
      Set<Long> operatorIds,
      Set<Long> organisationIds) {
    return create(
        username, password, displayName, language, roles, operatorIds, organisationIds, null);
  }

  /**
   * The same, with the account's e-mail address (set by ADMIN, who vouches for it: no confirmation
   * mail); one transaction.
   */
  public UserAccount create(
      String username,
      String password,
      String displayName,
      Language language,
      Set<Role> roles,
      Set<Long> operatorIds,
      Set<Long> organisationIds,
      String email) {
    String address = email == null || email.isBlank() ? null : UserAccount.email(email, "email");
    UserAccount u = create(username, password, displayName, language, roles);
    boolean links =
        (operatorIds != null && !operatorIds.isEmpty())
            || (organisationIds != null && !organisationIds.isEmpty());
    if (links || address != null) {
      return change(u.username(), null, operatorIds, organisationIds, null, null, address);
    }
    return u;
  }

  public UserAccount create(
      String username, String password, String displayName, Language language, Set<Role> roles) {
    PasswordPolicy.check(password, username, displayName);
    if (username != null && users.findByUsername(username).isPresent()) {
      throw new DomainRuleViolation(
          "user.username.taken",
          "username",
          "The user name '" + username + "' is taken.",
          username);
    }
    hash.initialize(HASH_PARAMETERS);
    return users.store(
        new UserAccount(
            username,
            hash.generate(password.toCharArray()),
            displayName,
            language,
            roles,
            OffsetDateTime.now(clock)));
  }

  /** The account with this user name. */
  public UserAccount get(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("user", username));
  }

  /**
   * Who the caller is for the access rules: anonymous when nobody signed in or the account is gone
   * or disabled.
   */
  public Viewer viewer(String username) {
    if (username == null) {
      return Viewer.anonymous();
    }
    return users
        .findByUsername(username)
        .filter(UserAccount::enabled)
        .map(UserAccount::asViewer)
        .orElse(Viewer.anonymous());
  }

  /** Changes a user's roles, operators and organisations, language and whether it may sign in. */
  public UserAccount change(
      String username,
      Set<Role> roles,
      Set<Long> operatorIds,
      Set<Long> organisationIds,
      Language language,
      Boolean enabled) {
    return change(username, roles, operatorIds, organisationIds, language, enabled, null);
  }

  /**
   * The same, and the e-mail address (ADMIN's word: no confirmation; {@code null} leaves it, an
   * empty one removes it). An address another account has is refused naming {@code email}.
   */
  public UserAccount change(
      String username,
      Set<Role> roles,
      Set<Long> operatorIds,
      Set<Long> organisationIds,
      Language language,
      Boolean enabled,
      String email) {
    UserAccount u = get(username);
    List<DomainRuleViolation> problems = new ArrayList<>();
    String address = null;
    if (email != null && !email.isBlank()) {
      try {
        address = UserAccount.email(email, "email");
        if (users.findByEmail(address).filter(o -> !o.username().equals(username)).isPresent()) {
          problems.add(
              new DomainRuleViolation(
                  "user.email.taken",
                  "email",
                  "Another account has the address " + address + ".",
                  address));
        }
      } catch (DomainRuleViolation invalid) {
        problems.add(invalid);
      }
    }
    for (Long id : operatorIds == null ? Set.<Long>of() : operatorIds) {
      if (operators.findById(id).isEmpty()) {
        problems.add(
            new DomainRuleViolation(
                "user.operator.unknown",
                "operatorIds",
                "There is no operator with id " + id + ".",
                id));
      }
    }
    for (Long id : organisationIds == null ? Set.<Long>of() : organisationIds) {
      if (organisations.findById(id).isEmpty()) {
        problems.add(
            new DomainRuleViolation(
                "user.organisation.unknown",
                "organisationIds",
                "There is no organisation with id " + id + ".",
                id));
      }
    }
    if (!problems.isEmpty()) {
      throw DomainRuleViolation.all(problems);
    }
    if (roles != null) {
      u.changeRoles(roles);
    }
    if (operatorIds != null || organisationIds != null) {
      u.actFor(
          operatorIds == null ? u.operatorIds() : operatorIds,
          organisationIds == null ? u.organisationIds() : organisationIds);
    }
    if (language != null) {
      u.changeLanguage(language);
    }
    if (enabled != null) {
      u.enable(enabled);
    }
    if (email != null) {
      takeEmail(u, address);
    }
    return users.store(u);
  }

  // ---------------------------------------------------------------- the account's e-mail address

  /** Sets the address; a different one ends the reset links mailed to the old one. */
  private void takeEmail(UserAccount u, String address) {
    if (!java.util.Objects.equals(u.email().orElse(null), address)) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      users.useMailTokensOf(u.username(), MailToken.Purpose.PASSWORD_RESET, now);
      users.useMailTokensOf(u.username(), MailToken.Purpose.EMAIL_CONFIRMATION, now);
      u.changeEmail(address);
    }
  }

  /**
   * The user asks for a new address of their own: it counts only once confirmed through the link
   * mailed to it (until then the old one stays). Returns the address as kept (lower case). The
   * answer is the same when another account has the address (nothing is mailed then: the address
   * says nothing about who holds it).
   */
  public String requestEmailChange(String username, String newEmail) {
    UserAccount u = get(username);
    String address = UserAccount.email(newEmail, "email");
    if (address.equals(u.email().orElse(null))) {
      return address;
    }
    if (users.findByEmail(address).isPresent()) {
      return address;
    }
    // as many confirmation mails as reset mails within the window: nobody floods a mailbox
    String counted = "reset:confirm:" + u.username();
    if (throttle.counted(counted, mailSettings.window()) >= mailSettings.resetsPerAccount()) {
      throw new DomainRuleViolation(
          "user.email.too-many",
          "email",
          "Too many confirmation mails were asked for this account: try again later.");
    }
    throttle.count("reset:", List.of(counted), mailSettings.window());
    OffsetDateTime now = OffsetDateTime.now(clock);
    users.useMailTokensOf(u.username(), MailToken.Purpose.EMAIL_CONFIRMATION, now);
    String secret = PasswordResets.secret();
    users.store(
        new MailToken(
            sha256(secret),
            MailToken.Purpose.EMAIL_CONFIRMATION,
            u.username(),
            address,
            now,
            now.plus(mailSettings.confirmationValidity())));
    mails.emailConfirmation(u, address, secret, mailSettings.confirmationValidity());
    return address;
  }

  /** The address waiting for its confirmation, if the user asked for one. */
  public java.util.Optional<String> pendingEmail(String username) {
    return users
        .latestUsableMailToken(
            username, MailToken.Purpose.EMAIL_CONFIRMATION, OffsetDateTime.now(clock))
        .map(MailToken::email);
  }

  /** The account and address a confirmation link is for, while it works. */
  public java.util.Optional<Map.Entry<String, String>> emailConfirmation(String secret) {
    if (secret == null
        || !secret.startsWith(PasswordResets.SECRET_PREFIX)
        || secret.length() > 200) {
      return java.util.Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return users
        .findMailToken(sha256(secret))
        .filter(t -> t.purpose() == MailToken.Purpose.EMAIL_CONFIRMATION)
        .filter(t -> t.usableAt(now))
        .filter(t -> users.findByUsername(t.username()).isPresent())
        .map(t -> Map.entry(t.username(), t.email()));
  }

  /**
   * Confirms the address of the link: it becomes the account's. A dead link is refused naming
   * {@code token}, an address another account took meanwhile naming {@code email}.
   */
  public UserAccount confirmEmail(String secret) {
    Map.Entry<String, String> c =
        emailConfirmation(secret)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "user.email.link-invalid",
                        "token",
                        "This confirmation link is no longer valid: it was used already, it"
                            + " expired, or it was changed."));
    if (users.findByEmail(c.getValue()).filter(o -> !o.username().equals(c.getKey())).isPresent()) {
      throw new DomainRuleViolation(
          "user.email.taken",
          "email",
          "Another account has the address " + c.getValue() + ".",
          c.getValue());
    }
    UserAccount u = get(c.getKey());
    takeEmail(u, c.getValue());
    return users.store(u);
  }

  // ---------------------------------------------------------------- passwords

  /** A PBKDF2 hash of nothing anyone knows: checked against when the user does not exist. */
  private volatile String dummyHash;

  /**
   * The enabled account whose password this is. One PBKDF2 derivation whatever the outcome: for an
   * unknown or disabled user the password is checked against a dummy hash, so that the answer's
   * timing does not tell which user names exist.
   */
  public java.util.Optional<UserAccount> checkPassword(String username, String password) {
    if (username == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
      return java.util.Optional.empty();
    }
    hash.initialize(HASH_PARAMETERS);
    java.util.Optional<UserAccount> user =
        users.findByUsername(username).filter(UserAccount::enabled);
    if (user.isEmpty()) {
      hash.verify(password.toCharArray(), dummyHash());
      return java.util.Optional.empty();
    }
    return hash.verify(password.toCharArray(), user.get().passwordHash())
        ? user
        : java.util.Optional.empty();
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      h = hash.generate(Base64.getEncoder().encodeToString(bytes).toCharArray());
      dummyHash = h;
    }
    return h;
  }

  /**
   * Changes the caller's own password: the current one first, then the new one as the policy wants
   * it. Every other sign-in of the user on the pages ends ({@code keepSignIn}, the secret of the
   * caller's own sign-in, stays; null ends them all).
   */
  public void changePassword(
      String username, String currentPassword, String newPassword, String keepSignIn) {
    UserAccount u = get(username);
    hash.initialize(HASH_PARAMETERS);
    if (currentPassword == null
        || currentPassword.length() > PasswordPolicy.MAX_LENGTH
        || !hash.verify(currentPassword.toCharArray(), u.passwordHash())) {
      throw new DomainRuleViolation(
          "user.password.current-wrong", "currentPassword", "The current password is not right.");
    }
    setPassword(u, newPassword, keepSignIn);
  }

  /** Takes a new password (policy checked) and ends the user's other sign-ins. */
  void setPassword(UserAccount u, String newPassword, String keepSignIn) {
    PasswordPolicy.check(newPassword, u.username(), u.displayName());
    hash.initialize(HASH_PARAMETERS);
    u.changePasswordHash(hash.generate(newPassword.toCharArray()));
    users.store(u);
    users.deleteSignInsOf(u.username(), keepSignIn == null ? null : sha256(keepSignIn));
  }

  // ---------------------------------------------------------------- personal API tokens

  /** A token as issued: the secret is shown this once and never stored. */
  public record IssuedToken(ApiToken token, String secret) {}

  /** Issues a new personal API token to the user. */
  public IssuedToken issueToken(String username, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token =
        users.store(new ApiToken(get(username), name, sha256(secret), OffsetDateTime.now(clock)));
    return new IssuedToken(token, secret);
  }

  public List<ApiToken> tokens(String username) {
    return users.tokensOf(get(username));
  }

  /** Revokes one of the user's tokens (revoking twice is harmless). */
  public ApiToken revokeToken(String username, long tokenId) {
    ApiToken token =
        users.tokensOf(get(username)).stream()
            .filter(t -> t.id() == tokenId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("token", tokenId));
    token.revoke(OffsetDateTime.now(clock));
    return users.store(token);
  }

  /**
   * The enabled user an active token belongs to; records when it was last used (at most once a
   * minute, so that a busy script does not write on every request).
   */
  public java.util.Optional<UserAccount> authenticateToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
      return java.util.Optional.empty();
    }
    return users
        .findTokenByHash(sha256(secret))
        .filter(ApiToken::active)
        .filter(t -> t.user().enabled())
        .map(
            t -> {
              OffsetDateTime now = OffsetDateTime.now(clock);
              if (t.lastUsedAt().map(at -> at.isBefore(now.minusMinutes(1))).orElse(true)) {
                users.touchToken(t.id(), now, now.minusMinutes(1));
              }
              return t.user();
            });
  }

  // ---------------------------------------------------------------- signing in on the pages

  /** How long a sign-in on the pages lasts, on every instance, unless the user signs out first. */
  public static final java.time.Duration SIGN_IN_LIFETIME = java.time.Duration.ofHours(12);

  static final String SIGN_IN_PREFIX = "wopsin_";

  /**
   * Starts a sign-in for a user who just gave the right password on the login page: the secret goes
   * to the browser (a cookie), only its SHA-256 to the database. Sign-ins that have ended are
   * forgotten on the way.
   */
  public String startSignIn(String username) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = SIGN_IN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime now = OffsetDateTime.now(clock);
    users.deleteSignInsBefore(now);
    users.store(
        new SignIn(sha256(secret), get(username).username(), now, now.plus(SIGN_IN_LIFETIME)));
    return secret;
  }

  /** The enabled user a sign-in secret belongs to, while the sign-in lasts. */
  public java.util.Optional<String> signedIn(String secret) {
    if (secret == null || !secret.startsWith(SIGN_IN_PREFIX) || secret.length() > 200) {
      return java.util.Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return users
        .findSignIn(sha256(secret))
        .filter(s -> s.validAt(now))
        .map(SignIn::username)
        .filter(name -> users.findByUsername(name).map(UserAccount::enabled).orElse(false));
  }

  /**
   * Who a sign-in secret signs in, while the sign-in lasts and the account is enabled: read on
   * every page request, so that signing out (or disabling the user) ends it at once for every
   * browser and instance that holds the same cookie.
   */
  public java.util.Optional<UserAccount> signedInAccount(String secret) {
    if (secret == null || !secret.startsWith(SIGN_IN_PREFIX) || secret.length() > 200) {
      return java.util.Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return users
        .findSignIn(sha256(secret))
        .filter(s -> s.validAt(now))
        .flatMap(s -> users.findByUsername(s.username()))
        .filter(UserAccount::enabled);
  }

  /** Ends a sign-in (signing out), on every instance. */
  public void endSignIn(String secret) {
    if (secret != null && secret.startsWith(SIGN_IN_PREFIX) && secret.length() <= 200) {
      users.deleteSignIn(sha256(secret));
    }
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public long count() {
    return users.count();
  }

  public List<UserAccount> all() {
    return users.all();
  }
}
