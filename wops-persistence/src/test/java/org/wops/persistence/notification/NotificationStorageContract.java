package org.wops.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.notification.Subscriptions;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PageRequest;

/**
 * The outbox, preferences and subscriptions on each database the platform runs on, with the schema
 * of the migrations: what must be written once is written once, and a claim belongs to its
 * dispatcher until it ends. The container's side (one transaction per step, several dispatchers) is
 * {@code NotificationsIT}'s and {@code MailUnderFaultsIT}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotificationStorageContract {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneOffset.UTC);
  private static final long PARTNERSHIP = 41;

  /** Where the database is, and which folder of vendor migrations it takes. */
  record Database(String url, String user, String vendor) {}

  private EntityManagerFactory factory;

  private EntityManager em;
  private JpaOutbox outbox;
  private JpaMailPreferences preferences;
  private JpaSubscriptions subscriptions;

  abstract Database database() throws Exception;

  /** Stops the database, when the test started one. */
  void stop() throws Exception {}

  @BeforeAll
  void schema() throws Exception {
    Database db = database();
    Flyway.configure()
        .dataSource(db.url(), db.user(), "")
        .locations("classpath:db/migration/common", "classpath:db/migration/" + db.vendor())
        .load()
        .migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "notification-storage",
            Map.of(
                "jakarta.persistence.jdbc.url", db.url(),
                "jakarta.persistence.jdbc.user", db.user(),
                "jakarta.persistence.jdbc.password", ""));
  }

  @AfterAll
  void close() throws Exception {
    factory.close();
    stop();
  }

  @BeforeEach
  void stores() {
    em = factory.createEntityManager();
    outbox = new JpaOutbox();
    outbox.em = em;
    preferences = new JpaMailPreferences();
    preferences.em = em;
    subscriptions = new JpaSubscriptions();
    subscriptions.em = em;
    inTransaction(
        () -> {
          em.createNativeQuery("delete from outbox_messages").executeUpdate();
          em.createNativeQuery("delete from notification_preferences").executeUpdate();
          em.createNativeQuery("delete from partnership_subscriptions").executeUpdate();
          em.createNativeQuery("delete from partnerships where id = ?")
              .setParameter(1, PARTNERSHIP)
              .executeUpdate();
          return em.createNativeQuery(
                  "insert into partnerships (id, version, type_id, title, objectives, currency,"
                      + " status, published, created_at) values (?, 1, 'wop', ?, ?, 'XOF',"
                      + " 'IDENTIFIED', false, ?)")
              .setParameter(1, PARTNERSHIP)
              .setParameter(2, "Société Béninoise des Eaux et Stadtentwässerung Dresden")
              .setParameter(3, "Réduire les pertes physiques à Cotonou.")
              .setParameter(4, NOW)
              .executeUpdate();
        });
  }

  @AfterEach
  void end() {
    em.close();
  }

  @Test
  void aMessageQueuedTwiceUnderOneKeyIsQueuedOnce() {
    assertThat(inTransaction(() -> outbox.enqueue(message("STATUS_CHANGED:p41:a1:x"), NOW)))
        .isTrue();
    assertThat(inTransaction(() -> outbox.enqueue(message("STATUS_CHANGED:p41:a1:x"), NOW)))
        .isFalse();
    assertThat(inTransaction(() -> outbox.enqueue(message("STATUS_CHANGED:p41:a2:x"), NOW)))
        .isTrue();

    var listed = outbox.list(null, PARTNERSHIP, PageRequest.first());
    assertThat(listed.total()).isEqualTo(2);
    assertThat(listed.items())
        .allSatisfy(
            m -> {
              assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
              assertThat(m.recipient()).isEqualTo("aicha.diallo@sbee.bj");
              assertThat(m.subject()).isEqualTo("Désormais conclu : Eau potable pour Cotonou");
            });
  }

  @Test
  void aClaimBelongsToItsDispatcherUntilItEnds() {
    inTransaction(() -> outbox.enqueue(message("k1"), NOW));
    inTransaction(() -> outbox.enqueue(message("k2"), NOW));
    OffsetDateTime lease = NOW.plusMinutes(5);

    List<Outbox.Queued> first = inTransaction(() -> outbox.claimDue(NOW, 10, "first", lease));
    assertThat(first).extracting(Outbox.Queued::key).containsExactly("k1", "k2");
    assertThat(first.get(0).text()).contains("Dji’i");
    assertThat(inTransaction(() -> outbox.claimDue(NOW.plusMinutes(1), 10, "second", lease)))
        .as("claimed by another dispatcher")
        .isEmpty();

    long sent = first.get(0).id();
    assertThat(inTransaction(() -> outbox.beginAttempt(sent, "second", lease))).isFalse();
    assertThat(inTransaction(() -> outbox.beginAttempt(sent, "first", lease))).isTrue();
    inTransaction(
        () -> {
          outbox.markSent(sent, NOW.plusSeconds(2));
          return null;
        });
    assertThat(inTransaction(() -> outbox.requeue(sent, NOW))).as("sent already").isFalse();
    assertThat(outbox.find(sent).orElseThrow())
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
              assertThat(m.attempts()).isEqualTo(1);
              assertThat(m.sentAt().toInstant()).isEqualTo(NOW.plusSeconds(2).toInstant());
            });

    assertThat(inTransaction(() -> outbox.claimDue(lease, 10, "second", lease.plusMinutes(5))))
        .as("the message the first dispatcher never attempted is due again when its claim ends")
        .extracting(Outbox.Queued::key)
        .containsExactly("k2");
  }

  @Test
  void aFailedAttemptKeepsItsErrorAndARequeueMakesTheMessageDueAtOnce() {
    inTransaction(() -> outbox.enqueue(message("k1"), NOW));
    long id = inTransaction(() -> outbox.claimDue(NOW, 10, "d", NOW.plusMinutes(5))).get(0).id();
    inTransaction(() -> outbox.beginAttempt(id, "d", NOW.plusMinutes(5)));
    inTransaction(
        () -> {
          outbox.markAttemptFailed(id, "550 mailbox unavailable", NOW, OutboxStatus.FAILED);
          return null;
        });
    assertThat(outbox.list(OutboxStatus.FAILED, null, PageRequest.first()).items())
        .singleElement()
        .satisfies(m -> assertThat(m.lastError()).isEqualTo("550 mailbox unavailable"));
    assertThat(outbox.list(OutboxStatus.PENDING, null, PageRequest.first()).total()).isZero();

    assertThat(inTransaction(() -> outbox.requeue(id, NOW.plusHours(1)))).isTrue();
    assertThat(outbox.find(id).orElseThrow())
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
              assertThat(m.attempts()).isZero();
            });
    assertThat(inTransaction(() -> outbox.claimDue(NOW.plusHours(1), 10, "e", NOW.plusHours(2))))
        .hasSize(1);
  }

  @Test
  void aPreferenceSetAgainIsOneRowHoldingTheLastChoice() {
    String email = " Aicha.Diallo@SBEE.bj ";
    assertThat(preferences.of(email)).containsEntry(NotificationKind.STATUS_CHANGED, true);

    inTransaction(() -> set(email, false));
    inTransaction(() -> set("aicha.diallo@sbee.bj", false));
    assertThat(preferences.of(email)).containsEntry(NotificationKind.STATUS_CHANGED, false);
    assertThat(preferences.wants(email, NotificationKind.STATUS_CHANGED)).isFalse();
    inTransaction(() -> set(email, true));

    assertThat(preferences.of("aicha.diallo@sbee.bj"))
        .containsEntry(NotificationKind.STATUS_CHANGED, true);
    assertThat(
            ((Number)
                    em.createNativeQuery("select count(*) from notification_preferences")
                        .getSingleResult())
                .longValue())
        .isEqualTo(1);
  }

  @Test
  void twoCallersSettingOnePreferenceAtOnceMakeOneRowAndNeitherFails() throws Exception {
    String email = "team@stadtentwaesserung-dresden.de";
    EntityManager other = factory.createEntityManager();
    JpaMailPreferences second = new JpaMailPreferences();
    second.em = other;
    try {
      em.getTransaction().begin();
      preferences.set(email, NotificationKind.STATUS_CHANGED, false); // made, not committed yet
      CompletableFuture<Void> meanwhile =
          CompletableFuture.runAsync(
              () -> {
                other.getTransaction().begin();
                second.set(email, NotificationKind.STATUS_CHANGED, true);
                other.getTransaction().commit();
              });
      TimeUnit.MILLISECONDS.sleep(300); // the second caller now waits for the first one's row
      em.getTransaction().commit();
      meanwhile.get(20, TimeUnit.SECONDS);
    } finally {
      other.close();
    }

    assertThat(preferences.of(email)).containsEntry(NotificationKind.STATUS_CHANGED, true);
    assertThat(
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from notification_preferences where email = ?")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue())
        .isEqualTo(1);
  }

  @Test
  void aSubscriptionAskedTwiceIsRecordedOnceAndHeardOfOnlyOnceConfirmed() {
    String email = "Maria.Dji.i@example.org";
    assertThat(subscriptions.status(PARTNERSHIP, email)).isEqualTo(Subscriptions.Status.NONE);

    assertThat(inTransaction(() -> pending(email))).isTrue();
    assertThat(inTransaction(() -> pending("maria.dji.i@example.org"))).isFalse();
    assertThat(subscriptions.status(PARTNERSHIP, email)).isEqualTo(Subscriptions.Status.PENDING);
    assertThat(subscriptions.subscribers(PARTNERSHIP)).isEmpty();

    assertThat(inTransaction(() -> subscriptions.confirm(PARTNERSHIP, email))).isTrue();
    assertThat(subscriptions.subscribers(PARTNERSHIP))
        .containsExactly(
            new Subscriptions.Subscriber("maria.dji.i@example.org", "María Dji’i", Language.ES));
    assertThat(subscriptions.of(email))
        .containsExactly(
            Map.entry(PARTNERSHIP, "Société Béninoise des Eaux et Stadtentwässerung Dresden"));

    inTransaction(
        () -> {
          subscriptions.unsubscribe(PARTNERSHIP, email);
          return null;
        });
    assertThat(subscriptions.status(PARTNERSHIP, email)).isEqualTo(Subscriptions.Status.NONE);
    assertThat(inTransaction(() -> subscriptions.confirm(PARTNERSHIP, email))).isFalse();
  }

  private boolean pending(String email) {
    return subscriptions.subscribePending(PARTNERSHIP, email, "María Dji’i", Language.ES, NOW);
  }

  private Void set(String email, boolean on) {
    preferences.set(email, NotificationKind.STATUS_CHANGED, on);
    return null;
  }

  private static Outbox.NewMessage message(String key) {
    return new Outbox.NewMessage(
        key,
        "<" + key.hashCode() + "@wops-platform>",
        NotificationKind.STATUS_CHANGED,
        PARTNERSHIP,
        "aicha.diallo@sbee.bj",
        "Aïcha Diallo",
        Language.FR,
        "Désormais conclu : Eau potable pour Cotonou",
        "Bonjour Aïcha Diallo, … Dji’i …",
        "<p>Bonjour Aïcha Diallo</p>",
        null,
        null);
  }

  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }
}
