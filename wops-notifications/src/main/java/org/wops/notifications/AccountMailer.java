package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Outbox;
import org.wops.domain.shared.Language;
import org.wops.domain.user.AccountMails;
import org.wops.domain.user.UserAccount;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.MailRenderer;
import org.wops.notifications.outbox.MessageIds;

/**
 * The mails about an account, through the outbox in the caller's transaction (they wait there while
 * the mail server is away, like every mail): the reset link of a forgotten password and the
 * confirmation of a new address, in the account's language, with no preferences link (they cannot
 * be switched off: the person just asked for them).
 */
@ApplicationScoped
public class AccountMailer implements AccountMails {
  @Inject Outbox outbox;
  @Inject MailLinks links;
  @Inject Clock clock;

  private final MailRenderer renderer = new MailRenderer();

  @Override
  public void passwordReset(UserAccount account, String secret, Duration validFor) {
    Language lang = account.language();
    queue(
        NotificationKind.PASSWORD_RESET,
        account,
        account.email().orElseThrow(),
        links.passwordReset(secret, lang),
        validFor);
  }

  @Override
  public void emailConfirmation(
      UserAccount account, String newEmail, String secret, Duration validFor) {
    queue(
        NotificationKind.EMAIL_CONFIRMATION,
        account,
        newEmail,
        links.emailConfirmation(secret, account.language()),
        validFor);
  }

  private void queue(
      NotificationKind kind, UserAccount account, String email, String link, Duration validFor) {
    Language lang = account.language();
    String name =
        account.displayName() == null || account.displayName().isBlank()
            ? account.username()
            : account.displayName();
    Map<String, Object> model = new HashMap<>();
    model.put("name", name);
    model.put("username", account.username());
    model.put("email", email);
    model.put("link", link);
    model.put("minutes", Long.toString(Math.max(1, validFor.toMinutes())));
    model.put("partnership", "");
    MailRenderer.Rendered mail = renderer.render(kind, lang, model);
    OffsetDateTime now = OffsetDateTime.now(clock);
    // each request its own mail: a key never seen before
    String key = kind + ":" + account.username() + ":" + UUID.randomUUID();
    outbox.enqueue(
        new Outbox.NewMessage(
            key,
            MessageIds.of(key),
            kind,
            null,
            email,
            name,
            lang,
            mail.subject(),
            mail.text(),
            mail.html(),
            null,
            null),
        now);
  }
}
