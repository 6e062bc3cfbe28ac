package org.wops.persistence.notification;

/** The notifications' storage on the embedded H2 of the one-command run (its PostgreSQL mode). */
class NotificationStorageOnH2Test extends NotificationStorageContract {
  @Override
  Database database() {
    return new Database(
        "jdbc:h2:mem:notification-storage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "h2");
  }
}
