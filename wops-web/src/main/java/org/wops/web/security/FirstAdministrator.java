package org.wops.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.shared.Language;
import org.wops.domain.user.Role;
import org.wops.domain.user.UserService;

/**
 * Creates the first administrator at start-up, when there is no user yet and {@code
 * wops.admin.password} (WOPS_ADMIN_PASSWORD) is set: user name {@code wops.admin.username} (default
 * {@code admin}). Without a password nobody can write until an administrator exists; the log says
 * so.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstAdministrator {
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject UserService users;

  @Inject
  @ConfigProperty(name = "wops.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "wops.admin.password")
  Optional<String> password;

  @PostConstruct
  void createIfNone() {
    if (users.count() > 0) {
      return;
    }
    if (password.isEmpty() || password.get().isBlank()) {
      LOG.warning(
          "No user exists and WOPS_ADMIN_PASSWORD is not set: the platform is read-only until an administrator"
              + " is created (set WOPS_ADMIN_PASSWORD and restart).");
      return;
    }
    users.create(username, password.get(), "Administrator", Language.EN, Set.of(Role.ADMIN));
    LOG.info(() -> "Created the first administrator '" + username + "'.");
  }
}
