package org.wops.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;

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

  public static final int PASSWORD_MIN = 10;

  @Inject UserRepository users;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Clock clock;

  public UserAccount create(
      String username, String password, String displayName, Language language, Set<Role> roles) {
    if (password == null || password.length() < PASSWORD_MIN) {
      throw new DomainRuleViolation(
          "user.password.too-short",
          "password",
          "A password has at least " + PASSWORD_MIN + " characters.");
    }
    if (username != null && users.findByUsername(username).isPresent()) {
      throw new DomainRuleViolation(
          "user.username.taken", "username", "The user name '" + username + "' is taken.");
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

  public long count() {
    return users.count();
  }

  public List<UserAccount> all() {
    return users.all();
  }
}
