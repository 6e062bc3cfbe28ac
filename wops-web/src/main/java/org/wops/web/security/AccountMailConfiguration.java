package org.wops.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.user.AccountMailSettings;

/**
 * How long mailed account links last and how often a reset may be asked for, from MicroProfile
 * Config ({@code wops.password-reset.*}, the README's table).
 */
@ApplicationScoped
public class AccountMailConfiguration {
  @Inject
  @ConfigProperty(name = "wops.password-reset.link-minutes", defaultValue = "30")
  long resetMinutes;

  @Inject
  @ConfigProperty(name = "wops.email-confirmation.link-hours", defaultValue = "24")
  long confirmationHours;

  @Inject
  @ConfigProperty(name = "wops.password-reset.mails-per-account", defaultValue = "3")
  int mailsPerAccount;

  @Inject
  @ConfigProperty(name = "wops.password-reset.requests-per-address", defaultValue = "10")
  int requestsPerAddress;

  @Inject
  @ConfigProperty(name = "wops.password-reset.window-minutes", defaultValue = "60")
  long windowMinutes;

  @Inject
  @ConfigProperty(name = "wops.password-reset.answer-millis", defaultValue = "300")
  long answerMillis;

  // dependent: a record is final, so it cannot stand behind a normal scope's proxy
  @Produces
  AccountMailSettings settings() {
    return new AccountMailSettings(
        Duration.ofMinutes(Math.max(1, resetMinutes)),
        Duration.ofHours(Math.max(1, confirmationHours)),
        Math.max(1, mailsPerAccount),
        Math.max(1, requestsPerAddress),
        Duration.ofMinutes(Math.max(1, windowMinutes)),
        Duration.ofMillis(Math.max(0, answerMillis)));
  }
}
