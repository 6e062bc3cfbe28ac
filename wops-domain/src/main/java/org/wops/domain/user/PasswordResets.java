package org.wops.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A forgotten password, reset by mail: a person names their account (user name or e-mail address)
 * and, if an enabled account with an address matches, a single-use link that expires is mailed to
 * that address in the account's language. The answer is the same whether an account matched or not.
 * The link sets a new password (the policy applies) and ends every sign-in of the user on the
 * pages, as a password change does.
 *
 * <p>Requests are counted per client address and per name asked for (more than {@link
 * AccountMailSettings#requestsPerAddress()} within the window are refused, whoever they name, so
 * the refusal says nothing about accounts), and per account: beyond {@link
 * AccountMailSettings#resetsPerAccount()} mails within the window nothing more is sent, so the form
 * cannot flood a mailbox.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {
  static final String SECRET_PREFIX = "wopsreset_";
  private static final String COUNTED = "reset:";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserRepository users;
  @Inject UserService accounts;
  @Inject SignInThrottle throttle;
  @Inject AccountMails mails;
  @Inject AccountMailSettings settings;
  @Inject Clock clock;

  /**
   * Asks for a reset link for the account named by {@code nameOrEmail}, from {@code address} (the
   * client's). Empty when the request was taken (a mail went out if an account matched), else how
   * long the caller must wait.
   */
  public Optional<Duration> request(String nameOrEmail, String address) {
    String asked = nameOrEmail == null ? "" : nameOrEmail.strip().toLowerCase(Locale.ROOT);
    if (asked.isEmpty()) {
      throw new DomainRuleViolation(
          "user.reset.user-required", "user", "Give your user name or your e-mail address.");
    }
    if (asked.length() > UserAccount.EMAIL_MAX) {
      throw new DomainRuleViolation(
          "user.reset.user-too-long",
          "user",
          "A user name or e-mail address has at most " + UserAccount.EMAIL_MAX + " characters.",
          UserAccount.EMAIL_MAX);
    }
    String byAddress = COUNTED + "addr:" + (address == null ? "unknown" : address);
    String byName = COUNTED + "asked:" + asked;
    Optional<Duration> wait =
        throttle.refusal(
            Map.of(byAddress, settings.requestsPerAddress(), byName, settings.requestsPerAddress()),
            settings.window());
    if (wait.isPresent()) {
      return wait;
    }
    throttle.count(COUNTED, List.of(byAddress, byName), settings.window());
    OffsetDateTime now = OffsetDateTime.now(clock);
    users.deleteMailTokensBefore(now.minusDays(1));
    Optional<UserAccount> account = users.findByUsername(asked).or(() -> users.findByEmail(asked));
    // a disabled account, or one without an address, gets nothing: the answer does not say so
    if (account.isEmpty() || !account.get().enabled() || account.get().email().isEmpty()) {
      return Optional.empty();
    }
    UserAccount u = account.get();
    String byAccount = COUNTED + "user:" + u.username();
    if (throttle.counted(byAccount, settings.window()) >= settings.resetsPerAccount()) {
      return Optional.empty();
    }
    throttle.count(COUNTED, List.of(byAccount), settings.window());
    String secret = secret();
    users.store(
        new MailToken(
            UserService.sha256(secret),
            MailToken.Purpose.PASSWORD_RESET,
            u.username(),
            u.email().orElseThrow(),
            now,
            now.plus(settings.resetValidity())));
    mails.passwordReset(u, secret, settings.resetValidity());
    return Optional.empty();
  }

  /** The user a reset link is for, while it works (not used, not expired, account enabled). */
  public Optional<String> check(String secret) {
    return usable(secret).map(UserAccount::username);
  }

  /**
   * Sets the password of the reset link's user: the policy's refusal names the field {@code
   * password} and leaves the link usable; a dead link is refused naming {@code token}. Every link
   * of the user dies, and every sign-in of the user on the pages ends.
   */
  public String reset(String secret, String newPassword) {
    UserAccount u =
        usable(secret)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "user.reset.link-invalid",
                        "token",
                        "This link is no longer valid: it was used already, it expired, or it was"
                            + " changed. Ask for a new one."));
    accounts.setPassword(u, newPassword, null);
    users.useMailTokensOf(
        u.username(), MailToken.Purpose.PASSWORD_RESET, OffsetDateTime.now(clock));
    return u.username();
  }

  private Optional<UserAccount> usable(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return users
        .findMailToken(UserService.sha256(secret))
        .filter(t -> t.purpose() == MailToken.Purpose.PASSWORD_RESET)
        .filter(t -> t.usableAt(now))
        .flatMap(t -> users.findByUsername(t.username()))
        .filter(UserAccount::enabled);
  }

  static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
