package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Notifications;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.Texts;
import org.wops.notifications.outbox.OutboxStore;

/** The notifications port of the domain, implemented on the outbox. */
@ApplicationScoped
@Transactional
public class DefaultNotifications implements Notifications {
  @Inject OutboxStore outbox;
  @Inject OutboxDispatcher dispatcher;
  @Inject PartnershipRepository partnerships;
  @Inject Clock clock;

  @Override
  public Page<OutboxMessage> outbox(OutboxStatus status, Long partnershipId, PageRequest page) {
    return outbox.list(status, partnershipId, page);
  }

  @Override
  public Optional<OutboxMessage> message(long id) {
    return outbox.find(id).map(OutboxStore.Queued::summary);
  }

  @Override
  public OutboxMessage resend(long id) {
    OutboxStore.Queued m =
        outbox.find(id).orElseThrow(() -> new NotFoundException("outbox message", id));
    if (m.status() == OutboxStatus.SENT) {
      throw new org.wops.domain.shared.DomainRuleViolation(
          "outbox.already-sent", "id", "Message " + id + " was sent already.");
    }
    outbox.requeue(id, OffsetDateTime.now(clock));
    return message(id).orElseThrow();
  }

  @Override
  public Map<NotificationKind, Boolean> preferences(String email) {
    return outbox.preferences(email);
  }

  @Override
  public void setPreference(String email, NotificationKind kind, boolean enabled) {
    outbox.setPreference(email, kind, enabled);
  }

  @Override
  public void subscribe(long partnershipId, String email, String name, Language language) {
    partnerships
        .findById(partnershipId)
        .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    Texts.required(email, "subscription.email", "email", "The e-mail address", 254);
    outbox.subscribe(partnershipId, email, name, language == null ? Language.EN : language);
  }

  @Override
  public void unsubscribe(long partnershipId, String email) {
    outbox.unsubscribe(partnershipId, email);
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
