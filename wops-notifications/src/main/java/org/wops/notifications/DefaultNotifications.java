package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.notification.MailAddress;
import org.wops.domain.notification.MailPreferences;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Notifications;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.notification.Subscriptions;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.Texts;
import org.wops.domain.user.Viewer;
import org.wops.notifications.links.MailLinks;

/** The notifications port of the domain, implemented on the outbox. */
@ApplicationScoped
@Transactional
public class DefaultNotifications implements Notifications {
  @Inject Outbox outbox;
  @Inject MailPreferences preferences;
  @Inject Subscriptions subscriptions;
  @Inject OutboxDispatcher dispatcher;
  @Inject PartnershipRepository partnerships;
  @Inject Clock clock;
  @Inject MailLinks links;
  @Inject Notifier notifier;

  @Override
  public Page<OutboxMessage> outbox(OutboxStatus status, Long partnershipId, PageRequest page) {
    return outbox.list(status, partnershipId, page);
  }

  @Override
  public Optional<OutboxMessage> message(long id) {
    return outbox.find(id).map(Outbox.Queued::summary);
  }

  @Override
  public OutboxMessage resend(long id) {
    Outbox.Queued m =
        outbox.find(id).orElseThrow(() -> new NotFoundException("outbox message", id));
    if (m.status() == OutboxStatus.SENT) {
      throw new org.wops.domain.shared.DomainRuleViolation(
          "outbox.already-sent", "id", "Message " + id + " was sent already.");
    }
    outbox.requeue(id, OffsetDateTime.now(clock));
    return message(id).orElseThrow();
  }

  @Override
  public Map<NotificationKind, Boolean> preferences(Viewer viewer, String email) {
    requireAdmin(viewer, "read another person's mail preferences");
    return preferences.of(email);
  }

  @Override
  public Map<NotificationKind, Boolean> setPreferences(
      Viewer viewer, String email, Map<NotificationKind, Boolean> changes) {
    requireAdmin(viewer, "change another person's mail preferences");
    changes.forEach((kind, on) -> preferences.set(email, kind, on));
    return preferences.of(email);
  }

  @Override
  public Optional<String> recipientOf(String token) {
    return links.recipient(token);
  }

  @Override
  public Map<NotificationKind, Boolean> preferencesByLink(String token) {
    return preferences.of(recipient(token));
  }

  @Override
  public Map<NotificationKind, Boolean> setPreferencesByLink(
      String token, Map<NotificationKind, Boolean> changes) {
    String email = recipient(token);
    changes.forEach((kind, on) -> preferences.set(email, kind, on));
    return preferences.of(email);
  }

  @Override
  public void unsubscribeByLink(String token, NotificationKind kind, Long partnershipId) {
    String email = recipient(token);
    if (kind != null) {
      preferences.set(email, kind, false);
    }
    if (partnershipId != null) {
      subscriptions.unsubscribe(partnershipId, email);
    }
  }

  @Override
  public Map<Long, String> subscriptionsByLink(String token) {
    return subscriptions.of(recipient(token));
  }

  @Override
  public SubscriptionState subscribe(
      long partnershipId, String email, String name, Language language) {
    Partnership p =
        partnerships
            .findById(partnershipId)
            .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    Texts.required(email, "subscription.email", "email", "The e-mail address", 254);
    if (subscriptions.status(partnershipId, email) == Subscriptions.Status.CONFIRMED) {
      return SubscriptionState.CONFIRMED;
    }
    Language lang = language == null ? Language.EN : language;
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (subscriptions.subscribePending(partnershipId, email, name, lang, now)) {
      // one confirmation mail per request recorded: asking again while it is pending sends nothing
      notifier.askConfirmation(p, MailAddress.normalise(email), name, lang, now);
    }
    return SubscriptionState.PENDING_CONFIRMATION;
  }

  @Override
  public Optional<Map.Entry<Long, String>> confirmationOf(String token) {
    return links
        .confirmation(token)
        .flatMap(c -> partnerships.findById(c.partnershipId()))
        .map(p -> Map.entry(p.id(), p.title()));
  }

  @Override
  public long confirmSubscription(String token) {
    MailLinks.Confirmation c =
        links
            .confirmation(token)
            .orElseThrow(
                () ->
                    new AccessDenied(
                        "mail.link.invalid",
                        "This confirmation link is not valid (or was changed)."));
    if (!subscriptions.confirm(c.partnershipId(), c.email())) {
      throw new NotFoundException("subscription", c.partnershipId());
    }
    return c.partnershipId();
  }

  @Override
  public void unsubscribe(Viewer viewer, long partnershipId, String email) {
    requireAdmin(viewer, "end another person's subscription");
    subscriptions.unsubscribe(partnershipId, email);
  }

  private String recipient(String token) {
    return links
        .recipient(token)
        .orElseThrow(
            () ->
                new AccessDenied(
                    "mail.link.invalid",
                    "This link is not valid (or was changed): open the link of a mail you received."));
  }

  private static void requireAdmin(Viewer viewer, String what) {
    if (viewer == null || !viewer.isAdmin()) {
      throw new AccessDenied(
          "access.notifications.admin-only",
          "Only the secretariat (ADMIN) may " + what + "; recipients use the link in their mails.");
    }
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int scanMilestones(LocalDate today) {
    return dispatcher.scanMilestones(today);
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int dispatchNow() {
    int total = 0;
    int n;
    while ((n = dispatcher.dispatchBatch()) > 0) {
      total += n;
    }
    return total;
  }
}
