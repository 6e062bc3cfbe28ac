package org.wops.persistence.notification;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The notifications' storage on PostgreSQL (the embedded binaries the integration tests use). */
class NotificationStorageOnPostgreSqlTest extends NotificationStorageContract {
  private EmbeddedPostgres postgres;

  @Override
  Database database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgresql");
  }

  @Override
  void stop() throws Exception {
    postgres.close();
  }
}
