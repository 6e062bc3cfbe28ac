package org.wops.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.event.PublicationRequested;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.notification.MailPreferences;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.notification.Subscriptions;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.type.DefaultWopType;
import org.wops.notifications.links.MailLinks;

/**
 * The events' mails as {@link Notifier} queues them, on an outbox that keeps each key once (as the
 * table's unique key does): an event delivered twice, or raised again with the same content, queues
 * nothing more; another occurrence of the same kind of event queues its own mails.
 */
class NotifierTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneOffset.UTC);
  private static final long ID = 41;

  private final KeyedOutbox outbox = new KeyedOutbox();
  private Notifier notifier;

  @BeforeEach
  void notifier() throws Exception {
    Partnership p =
        new Partnership(
            new DefaultWopType(),
            new PartnershipDetails(
                "Eau potable pour Cotonou : Société Béninoise des Eaux et Stadtentwässerung Dresden",
                "Réduire les pertes physiques dans deux zones pilotes.",
                null,
                null,
                "EUR",
                Set.of(),
                Set.of("BJ", "DE"),
                null,
                null,
                null,
                null),
            List.of(
                new Participant(1, ParticipantRole.MENTOR),
                new Participant(2, ParticipantRole.MENTEE)),
            LocalDate.of(2026, 12, 2),
            AT);
    set(Partnership.class, p, "id", ID);
    notifier = new Notifier();
    notifier.outbox = outbox;
    notifier.preferences = new EverythingWanted();
    notifier.subscriptions =
        stub(
            Subscriptions.class,
            List.of(
                new Subscriptions.Subscriber("aicha.diallo@sbee.bj", "Aïcha Diallo", Language.FR),
                new Subscriptions.Subscriber(
                    "maria.dji.i@example.org", "María Dji’i", Language.ES)));
    notifier.partnerships = stub(PartnershipRepository.class, Optional.of(p));
    notifier.operators = stub(OperatorRepository.class, Optional.empty());
    notifier.organisations = stub(OrganisationRepository.class, Optional.empty());
    notifier.clock = Clock.fixed(AT.toInstant(), ZoneOffset.UTC);
    MailLinks links = new MailLinks();
    set(MailLinks.class, links, "baseUrl", "https://wops.example.org/");
    set(
        MailLinks.class,
        links,
        "configuredSecret",
        Optional.of("a secret of the test, 32 bytes long"));
    notifier.links = links;
    notifier.secretariat = Optional.of("Secretariat@GWOPA.org, publication@gwopa.org");
    notifier.secretariatLanguage = "FR";
    notifier.table();
  }

  @Test
  void anEventDeliveredTwiceOrRaisedAgainWithTheSameContentQueuesItsMailsOnce() {
    var changed =
        new PartnershipStatusChanged(
            ID, PartnershipStatus.PROPOSED, PartnershipStatus.AGREED, AT, "Aïcha Diallo");

    notifier.onEvent(changed);
    assertThat(outbox.keys()).hasSize(2);
    notifier.onEvent(changed);
    notifier.onEvent(
        new PartnershipStatusChanged(
            ID, PartnershipStatus.PROPOSED, PartnershipStatus.AGREED, AT, "Aïcha Diallo"));

    assertThat(outbox.attempts).isEqualTo(6);
    assertThat(outbox.keys())
        .containsExactly(
            "STATUS_CHANGED:p41:" + changed.occurrenceId() + ":aicha.diallo@sbee.bj",
            "STATUS_CHANGED:p41:" + changed.occurrenceId() + ":maria.dji.i@example.org");
  }

  @Test
  void anotherOccurrenceOfTheSameKindOfEventQueuesItsOwnMails() {
    notifier.onEvent(new UpdateSubmitted(ID, 7, AT, "Stadtentwässerung Dresden"));
    notifier.onEvent(new UpdateSubmitted(ID, 7, AT.plusMinutes(5), "Stadtentwässerung Dresden"));

    assertThat(outbox.keys()).hasSize(4);
  }

  @Test
  void eachRowOfTheTableRendersItsDetailsAndItsLinkInTheRecipientsLanguage() {
    notifier.onEvent(
        new PartnershipStatusChanged(
            ID, PartnershipStatus.PROPOSED, PartnershipStatus.AGREED, AT, "Aïcha Diallo"));

    Outbox.NewMessage french = outbox.to("aicha.diallo@sbee.bj");
    assertThat(french.kind()).isEqualTo(NotificationKind.STATUS_CHANGED);
    assertThat(french.language()).isEqualTo(Language.FR);
    assertThat(french.subject()).startsWith("Désormais conclu : Eau potable pour Cotonou");
    assertThat(french.text())
        .contains("Aïcha Diallo", "de l'état proposé à l'état conclu")
        .contains("https://wops.example.org/wop.xhtml?id=41&lang=fr");
    Outbox.NewMessage spanish = outbox.to("maria.dji.i@example.org");
    assertThat(spanish.text())
        .contains("María Dji’i", "pasó de propuesta a acordada")
        .contains("https://wops.example.org/wop.xhtml?id=41&lang=es");
    assertThat(french.messageId()).startsWith("<").endsWith("@wops-platform>");
  }

  @Test
  void aRequestForPublicationGoesToEachSecretariatAddressInItsLanguage() {
    var requested = new PublicationRequested(ID, AT, "Aïcha Diallo");

    notifier.onEvent(requested);
    notifier.onEvent(requested);

    assertThat(outbox.keys())
        .containsExactly(
            "PUBLICATION_REQUESTED:p41:" + requested.occurrenceId() + ":secretariat@gwopa.org",
            "PUBLICATION_REQUESTED:p41:" + requested.occurrenceId() + ":publication@gwopa.org");
    assertThat(outbox.to("secretariat@gwopa.org").language()).isEqualTo(Language.FR);
    assertThat(outbox.to("secretariat@gwopa.org").text())
        .contains("Aïcha Diallo demande au secrétariat de publier")
        .contains("https://wops.example.org/wop.xhtml?id=41&lang=fr#publication-title");
  }

  // ---------------------------------------------------------------- fakes

  /** An outbox that keeps one message per key, as {@code outbox_messages.message_key} does. */
  static final class KeyedOutbox implements Outbox {
    final Map<String, NewMessage> queued = new LinkedHashMap<>();
    int attempts;

    List<String> keys() {
      return new ArrayList<>(queued.keySet());
    }

    NewMessage to(String email) {
      return queued.values().stream()
          .filter(m -> m.email().equals(email))
          .findFirst()
          .orElseThrow();
    }

    @Override
    public boolean enqueue(NewMessage message, OffsetDateTime now) {
      attempts++;
      return queued.putIfAbsent(message.key(), message) == null;
    }

    @Override
    public List<Queued> claimDue(
        OffsetDateTime now, int limit, String token, OffsetDateTime leaseUntil) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean beginAttempt(long id, String token, OffsetDateTime leaseUntil) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void markSent(long id, OffsetDateTime at) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void markAttemptFailed(
        long id, String error, OffsetDateTime nextAttempt, OutboxStatus status) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void release(long id, String token, OffsetDateTime at) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean requeue(long id, OffsetDateTime now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Queued> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<OutboxMessage> list(OutboxStatus status, Long partnershipId, PageRequest page) {
      throw new UnsupportedOperationException();
    }
  }

  /** Nobody switched anything off. */
  static final class EverythingWanted implements MailPreferences {
    @Override
    public Map<NotificationKind, Boolean> of(String email) {
      Map<NotificationKind, Boolean> all = new EnumMap<>(NotificationKind.class);
      NotificationKind.optional().forEach(k -> all.put(k, true));
      return all;
    }

    @Override
    public void set(String email, NotificationKind kind, boolean enabled) {
      throw new UnsupportedOperationException();
    }
  }

  /** A port whose only method the notifier calls here answers {@code answer}. */
  private static <T> T stub(Class<T> port, Object answer) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (method.getReturnType().isInstance(answer)) {
                return answer;
              }
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  private static void set(Class<?> type, Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
