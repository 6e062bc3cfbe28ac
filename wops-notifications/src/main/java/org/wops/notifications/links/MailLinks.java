package org.wops.notifications.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.shared.Language;

/**
 * The addresses mails link to, built from {@code wops.base-url}: the WOP profile, a milestone or an
 * update on it, and the signed links that need no sign-in: the recipient's preferences, one-click
 * unsubscribe (RFC 8058) and the confirmation of a subscription. Each carries {@code lang=} for the
 * recipient's language, so that the page opens in the language of the mail, for its recipient and
 * for whoever the mail is forwarded to, whatever their browser says. The signing key is {@code
 * wops.mail.link-secret} when set (at least 16 bytes), else a random secret the platform stores
 * once in its database and every instance shares.
 */
@ApplicationScoped
public class MailLinks {
  static final String RECIPIENT = "recipient";
  static final String CONFIRM = "confirm-subscription";
  private static final String SECRET_NAME = "mail-link";

  @Inject
  @ConfigProperty(name = "wops.base-url", defaultValue = "http://localhost:8080/")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "wops.mail.link-secret")
  Optional<String> configuredSecret;

  @Inject PlatformSecrets secrets;

  private volatile LinkSignature signature;

  /** A partnership confirmed to a subscriber. */
  public record Confirmation(long partnershipId, String email) {}

  public String base() {
    return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** The WOP's profile page. */
  public String wop(long partnershipId, Language language) {
    return base() + "wop.xhtml?id=" + partnershipId + lang(language);
  }

  /** A milestone on the WOP's profile (its anchor). */
  public String milestone(long partnershipId, long milestoneId, Language language) {
    return wop(partnershipId, language) + "#milestone-" + milestoneId;
  }

  /** A progress update on the WOP's profile, where coordinators approve or return it. */
  public String update(long partnershipId, long updateId, Language language) {
    return wop(partnershipId, language) + "#update-" + updateId;
  }

  /** The progress updates of the WOP's profile (where its editors write the next one). */
  public String updates(long partnershipId, Language language) {
    return wop(partnershipId, language) + "#updates-title";
  }

  /**
   * The publication section of the WOP's profile (its request's state, the secretariat's actions).
   */
  public String publication(long partnershipId, Language language) {
    return wop(partnershipId, language) + "#publication-title";
  }

  /** Where an operator's contacts endorse the Charter. */
  public String charter(Language language) {
    return base() + "my/charter.xhtml" + lang(language).replaceFirst("^&", "?");
  }

  /** The recipient's preferences page: no sign-in, the signature says whose they are. */
  public String preferences(String email, Language language) {
    return base() + "mail/preferences.xhtml?t=" + recipientToken(email) + lang(language);
  }

  /**
   * The {@code List-Unsubscribe} address: a POST switches this kind of mail off (and ends the
   * subscription to the WOP, if any); a GET shows the preferences, in the mail's language.
   */
  public String unsubscribe(
      String email, NotificationKind kind, Long partnershipId, Language language) {
    return base()
        + "mail/unsubscribe?t="
        + recipientToken(email)
        + "&kind="
        + kind.name()
        + (partnershipId == null ? "" : "&wop=" + partnershipId)
        + lang(language);
  }

  /** The link that confirms a subscription (double opt-in). */
  public String confirmation(long partnershipId, String email, Language language) {
    return base()
        + "mail/confirm.xhtml?t="
        + signature().sign(CONFIRM, Long.toString(partnershipId), normalise(email))
        + lang(language);
  }

  /**
   * The page that sets a forgotten password: the link's secret is the single-use token the domain
   * made (only its hash is kept), not a signature.
   */
  public String passwordReset(String secret, Language language) {
    return base() + "password/reset.xhtml?t=" + secret + lang(language);
  }

  /** The page that confirms a user's new e-mail address (a single-use token, like a reset). */
  public String emailConfirmation(String secret, Language language) {
    return base() + "mail/address.xhtml?t=" + secret + lang(language);
  }

  public String recipientToken(String email) {
    return signature().sign(RECIPIENT, normalise(email));
  }

  /** The address a recipient link was made for, if its signature holds. */
  public Optional<String> recipient(String token) {
    return signature()
        .verify(RECIPIENT, token)
        .filter(v -> v.size() == 1 && !v.get(0).isBlank())
        .map(v -> v.get(0));
  }

  /** The subscription a confirmation link was made for, if its signature holds. */
  public Optional<Confirmation> confirmation(String token) {
    Optional<List<String>> values = signature().verify(CONFIRM, token);
    if (values.isEmpty() || values.get().size() != 2 || !values.get().get(0).matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(new Confirmation(Long.parseLong(values.get().get(0)), values.get().get(1)));
  }

  private LinkSignature signature() {
    LinkSignature s = signature;
    if (s == null) {
      String secret =
          configuredSecret.filter(v -> !v.isBlank()).orElseGet(() -> secrets.secret(SECRET_NAME));
      s = new LinkSignature(key(secret));
      signature = s;
    }
    return s;
  }

  private static byte[] key(String secret) {
    try {
      byte[] decoded = Base64.getDecoder().decode(secret);
      if (decoded.length >= 16) {
        return decoded;
      }
    } catch (IllegalArgumentException notBase64) {
      // a pass phrase: its bytes are the key
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw new IllegalStateException(
          "wops.mail.link-secret must have at least 16 bytes (e.g. openssl rand -base64 32).");
    }
    return bytes;
  }

  private static String lang(Language language) {
    return language == null ? "" : "&lang=" + language.name().toLowerCase(Locale.ROOT);
  }

  static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
