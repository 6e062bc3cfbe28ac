package org.wops.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wops.domain.notification.MailAddress;
import org.wops.domain.notification.MailPreferences;
import org.wops.domain.notification.NotificationKind;

/**
 * Preferences in {@code notification_preferences}, one row per address and kind (its primary key):
 * only the kinds someone switched, each on or off.
 */
@ApplicationScoped
@Transactional
public class JpaMailPreferences implements MailPreferences {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public Map<NotificationKind, Boolean> of(String email) {
    Map<NotificationKind, Boolean> prefs = new EnumMap<>(NotificationKind.class);
    NotificationKind.optional().forEach(k -> prefs.put(k, true));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select kind, enabled from notification_preferences where email = ?")
            .setParameter(1, MailAddress.normalise(email))
            .getResultList();
    for (Object[] row : rows) {
      NotificationKind kind = NotificationKind.valueOf((String) row[0]);
      if (kind.isOptional()) {
        prefs.put(kind, (Boolean) row[1]);
      }
    }
    return prefs;
  }

  /**
   * The row is made if absent ({@code on conflict do nothing}: a second caller at the same moment
   * waits for the first and makes none), then set: never two rows, never a key violation.
   */
  @Override
  public void set(String email, NotificationKind kind, boolean enabled) {
    if (!kind.isOptional()) {
      throw new IllegalArgumentException(kind + " cannot be switched off");
    }
    String address = MailAddress.normalise(email);
    int made =
        em.createNativeQuery(
                "insert into notification_preferences (email, kind, enabled) values (?, ?, ?)"
                    + " on conflict do nothing")
            .setParameter(1, address)
            .setParameter(2, kind.name())
            .setParameter(3, enabled)
            .executeUpdate();
    if (made == 0) {
      em.createNativeQuery(
              "update notification_preferences set enabled = ? where email = ? and kind = ?")
          .setParameter(1, enabled)
          .setParameter(2, address)
          .setParameter(3, kind.name())
          .executeUpdate();
    }
  }
}
