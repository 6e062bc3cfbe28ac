package org.wops.notifications.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/**
 * The outbox, preferences and subscriptions in the platform's database, through JDBC on the
 * application's JTA datasource: a row written inside a use case's transaction commits or rolls back
 * with it. Claiming due messages uses {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so that several
 * dispatchers never take the same row.
 */
@ApplicationScoped
public class OutboxStore {
  private static final String COLUMNS =
      "id, message_key, message_id, kind, partnership_id, recipient_email, recipient_name, language, subject,"
          + " text_body, html_body, ics, ics_name, status, attempts, next_attempt_at, last_error, created_at, sent_at";

  @Resource(lookup = "java:app/jdbc/wops")
  DataSource dataSource;

  private volatile Boolean postgresql;

  /** A message to queue. */
  public record NewMessage(
      String key,
      NotificationKind kind,
      Long partnershipId,
      String email,
      String name,
      Language language,
      String subject,
      String text,
      String html,
      String ics,
      String icsName) {}

  /** A queued message with everything needed to send it. */
  public record Queued(
      long id,
      String key,
      String messageId,
      NotificationKind kind,
      Long partnershipId,
      String email,
      String name,
      Language language,
      String subject,
      String text,
      String html,
      String ics,
      String icsName,
      OutboxStatus status,
      int attempts,
      OffsetDateTime nextAttemptAt,
      String lastError,
      OffsetDateTime createdAt,
      OffsetDateTime sentAt) {
    public OutboxMessage summary() {
      return new OutboxMessage(
          id,
          kind,
          partnershipId,
          email,
          language.name(),
          subject,
          status,
          attempts,
          lastError,
          createdAt,
          nextAttemptAt,
          sentAt,
          messageId);
    }
  }

  /**
   * Queues the message unless one with the same key is queued already; true when it was queued now.
   */
  public boolean enqueue(NewMessage m, OffsetDateTime now) {
    String insert =
        "insert into outbox_messages (id, message_key, message_id, kind, partnership_id, recipient_email,"
            + " recipient_name, language, subject, text_body, html_body, ics, ics_name, status, attempts,"
            + " next_attempt_at, created_at)"
            + " select nextval('outbox_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?"
            + (isPostgresql()
                ? " on conflict (message_key) do nothing"
                : " where not exists (select 1 from outbox_messages where message_key = ?)");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(insert)) {
      int i = 1;
      s.setString(i++, m.key());
      s.setString(i++, MessageIds.of(m.key()));
      s.setString(i++, m.kind().name());
      if (m.partnershipId() == null) {
        s.setNull(i++, java.sql.Types.BIGINT);
      } else {
        s.setLong(i++, m.partnershipId());
      }
      s.setString(i++, m.email());
      s.setString(i++, m.name());
      s.setString(i++, m.language().name());
      s.setString(i++, m.subject());
      s.setString(i++, m.text());
      s.setString(i++, m.html());
      s.setString(i++, m.ics());
      s.setString(i++, m.icsName());
      s.setTimestamp(i++, ts(now));
      s.setTimestamp(i++, ts(now));
      if (!isPostgresql()) {
        s.setString(i, m.key());
      }
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot queue the notification " + m.key() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Claims up to {@code limit} messages due now (waiting, or with an unknown outcome) for the
   * dispatcher holding {@code token}, until {@code leaseUntil}: their {@code next_attempt_at} moves
   * to the end of the claim, so that no other dispatcher takes them before it ends, and a
   * dispatcher that dies leaves them due again then. Rows another dispatcher is claiming at this
   * moment are skipped ({@code FOR UPDATE SKIP LOCKED}); the claim commits at once, with the
   * caller's transaction.
   */
  public List<Queued> claimDue(
      OffsetDateTime now, int limit, String token, OffsetDateTime leaseUntil) {
    String sql =
        "select "
            + COLUMNS
            + " from outbox_messages where status in ('PENDING', 'UNKNOWN') and next_attempt_at <= ?"
            + " order by next_attempt_at, id limit ? for update"
            + (isPostgresql() ? " skip locked" : "");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        PreparedStatement claim =
            c.prepareStatement(
                "update outbox_messages set claim_token = ?, next_attempt_at = ? where id = ?")) {
      s.setTimestamp(1, ts(now));
      s.setInt(2, limit);
      List<Queued> due = read(s);
      for (Queued m : due) {
        claim.setString(1, token);
        claim.setTimestamp(2, ts(leaseUntil));
        claim.setLong(3, m.id());
        claim.addBatch();
      }
      if (!due.isEmpty()) {
        claim.executeBatch();
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
    }
  }

  /**
   * Starts an attempt at a claimed message: counts it and extends the claim to {@code leaseUntil};
   * false (nothing changed) when the claim is no longer this dispatcher's (it lapsed and another
   * took the message over) or the message was sent meanwhile.
   */
  public boolean beginAttempt(long id, String token, OffsetDateTime leaseUntil) {
    return update(
            "update outbox_messages set attempts = attempts + 1, next_attempt_at = ? where id = ?"
                + " and claim_token = ? and status in ('PENDING', 'UNKNOWN')",
            ts(leaseUntil),
            id,
            token)
        == 1;
  }

  /** Records that the SMTP server accepted the message (its attempt was counted when it began). */
  public void markSent(long id, OffsetDateTime at) {
    update(
        "update outbox_messages set status = 'SENT', sent_at = ?, last_error = null,"
            + " claim_token = null where id = ?",
        ts(at),
        id);
  }

  /**
   * Records how an attempt failed: in {@code status} (PENDING or UNKNOWN: tried again at {@code
   * nextAttempt}; FAILED: given up), with the error kept for admins.
   */
  public void markAttemptFailed(
      long id, String error, OffsetDateTime nextAttempt, OutboxStatus status) {
    update(
        "update outbox_messages set last_error = ?, next_attempt_at = ?, status = ?,"
            + " claim_token = null where id = ?",
        error.length() > 2000 ? error.substring(0, 2000) : error,
        ts(nextAttempt),
        status.name(),
        id);
  }

  /** Gives back a claimed message that was not attempted, due again at {@code at}. */
  public void release(long id, String token, OffsetDateTime at) {
    update(
        "update outbox_messages set claim_token = null, next_attempt_at = ? where id = ?"
            + " and claim_token = ?",
        ts(at),
        id,
        token);
  }

  /** Back in the queue for an immediate attempt, with a fresh count of attempts. */
  public boolean requeue(long id, OffsetDateTime now) {
    return update(
            "update outbox_messages set status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " claim_token = null where id = ? and status <> 'SENT'",
            ts(now),
            id)
        == 1;
  }

  public Optional<Queued> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select " + COLUMNS + " from outbox_messages where id = ?")) {
      s.setLong(1, id);
      return read(s).stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
    }
  }

  public Page<OutboxMessage> list(OutboxStatus status, Long partnershipId, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      where.append(" and status = ?");
      args.add(status.name());
    }
    if (partnershipId != null) {
      where.append(" and partnership_id = ?");
      args.add(partnershipId);
    }
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement s =
          c.prepareStatement("select count(*) from outbox_messages" + where)) {
        bind(s, args);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "select "
                  + COLUMNS
                  + " from outbox_messages"
                  + where
                  + " order by id desc limit ? offset ?")) {
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        bind(s, pageArgs);
        return new Page<>(
            read(s).stream().map(Queued::summary).toList(), page.page(), page.size(), total);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- preferences and subscriptions

  public Map<NotificationKind, Boolean> preferences(String email) {
    Map<NotificationKind, Boolean> prefs = new EnumMap<>(NotificationKind.class);
    for (NotificationKind k : NotificationKind.optional()) {
      prefs.put(k, true);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select kind, enabled from notification_preferences where email = ?")) {
      s.setString(1, normalise(email));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          NotificationKind k = NotificationKind.valueOf(rs.getString(1));
          if (k.isOptional()) {
            prefs.put(k, rs.getBoolean(2));
          }
        }
      }
      return prefs;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read preferences: " + e.getMessage(), e);
    }
  }

  /** Whether the person wants this kind of mail (the account's own mails: always). */
  public boolean wants(String email, NotificationKind kind) {
    return !kind.isOptional() || preferences(email).get(kind);
  }

  public void setPreference(String email, NotificationKind kind, boolean enabled) {
    if (!kind.isOptional()) {
      throw new IllegalArgumentException(kind + " cannot be switched off");
    }
    String e = normalise(email);
    if (update(
            "update notification_preferences set enabled = ? where email = ? and kind = ?",
            enabled,
            e,
            kind.name())
        == 0) {
      update(
          "insert into notification_preferences (email, kind, enabled) values (?, ?, ?)",
          e,
          kind.name(),
          enabled);
    }
  }

  /** A person subscribed to a partnership's mails. */
  public record Subscriber(String email, String name, Language language) {}

  /** Where a subscription stands: absent, waiting for its confirmation, or confirmed. */
  public enum SubscriptionStatus {
    NONE,
    PENDING,
    CONFIRMED
  }

  public SubscriptionStatus subscription(long partnershipId, String email) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select confirmed from partnership_subscriptions where partnership_id = ? and email = ?")) {
      s.setLong(1, partnershipId);
      s.setString(2, normalise(email));
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return SubscriptionStatus.NONE;
        }
        return rs.getBoolean(1) ? SubscriptionStatus.CONFIRMED : SubscriptionStatus.PENDING;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read subscriptions: " + e.getMessage(), e);
    }
  }

  /**
   * Records a subscription waiting for its confirmation; false (and nothing changed) when the
   * address is subscribed already, pending or confirmed.
   */
  public boolean subscribePending(
      long partnershipId, String email, String name, Language language, OffsetDateTime now) {
    if (subscription(partnershipId, email) != SubscriptionStatus.NONE) {
      return false;
    }
    return update(
            "insert into partnership_subscriptions (partnership_id, email, name, language, confirmed,"
                + " created_at) values (?, ?, ?, ?, ?, ?)",
            partnershipId,
            normalise(email),
            name,
            language.name(),
            false,
            ts(now))
        == 1;
  }

  /** Confirms a pending subscription; false when there is none to confirm. */
  public boolean confirm(long partnershipId, String email) {
    return update(
            "update partnership_subscriptions set confirmed = ? where partnership_id = ? and email = ?",
            true,
            partnershipId,
            normalise(email))
        == 1;
  }

  /** The partnerships (id, title) this address subscribed to, confirmed. */
  public Map<Long, String> subscriptionsOf(String email) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select p.id, p.title from partnership_subscriptions s join partnerships p on"
                    + " p.id = s.partnership_id where s.email = ? and s.confirmed = ? order by p.title")) {
      s.setString(1, normalise(email));
      s.setBoolean(2, true);
      Map<Long, String> list = new java.util.LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.put(rs.getLong(1), rs.getString(2));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read subscriptions: " + e.getMessage(), e);
    }
  }

  public void unsubscribe(long partnershipId, String email) {
    update(
        "delete from partnership_subscriptions where partnership_id = ? and email = ?",
        partnershipId,
        normalise(email));
  }

  /** The confirmed subscribers of a partnership. */
  public List<Subscriber> subscribers(long partnershipId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select email, name, language from partnership_subscriptions where partnership_id = ?"
                    + " and confirmed = ? order by email")) {
      s.setLong(1, partnershipId);
      s.setBoolean(2, true);
      List<Subscriber> list = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(
              new Subscriber(rs.getString(1), rs.getString(2), Language.valueOf(rs.getString(3))));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read subscriptions: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- helpers

  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private boolean isPostgresql() {
    Boolean pg = postgresql;
    if (pg == null) {
      try (Connection c = dataSource.getConnection()) {
        pg = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
      }
      postgresql = pg;
    }
    return pg;
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      // Arrays.asList, not List.of: a value may be null (a subscriber without a name)
      bind(s, java.util.Arrays.asList(args));
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update the outbox: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
  }

  private static List<Queued> read(PreparedStatement s) throws SQLException {
    List<Queued> list = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long partnership = rs.getLong("partnership_id");
        Long partnershipId = rs.wasNull() ? null : partnership;
        list.add(
            new Queued(
                rs.getLong("id"),
                rs.getString("message_key"),
                rs.getString("message_id"),
                NotificationKind.valueOf(rs.getString("kind")),
                partnershipId,
                rs.getString("recipient_email"),
                rs.getString("recipient_name"),
                Language.valueOf(rs.getString("language")),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                rs.getString("ics"),
                rs.getString("ics_name"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                odt(rs.getTimestamp("next_attempt_at")),
                rs.getString("last_error"),
                odt(rs.getTimestamp("created_at")),
                odt(rs.getTimestamp("sent_at"))));
      }
    }
    return list;
  }

  private static Timestamp ts(OffsetDateTime t) {
    return Timestamp.from(t.toInstant());
  }

  private static OffsetDateTime odt(Timestamp t) {
    return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
  }
}
