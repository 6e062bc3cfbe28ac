package org.wops.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL (17, binaries from a Maven jar: no Docker, no system package) for the
 * whole integration-test run, publishes its JDBC URL as the system property {@code
 * wops.test.db.url} (read by arquillian.xml), and stops it when the run ends, whether the tests
 * passed or not.
 *
 * <p>Only Failsafe sets {@code wops.test.postgres=true}, so unit-test runs start nothing. A run
 * that is given {@code wops.test.db.url} already (an external PostgreSQL) starts nothing either.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresSession.class.getName());

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("wops.test.postgres")
        || System.getProperty("wops.test.db.url") != null) {
      return;
    }
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start the embedded PostgreSQL for the integration tests", e);
    }
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    System.setProperty("wops.test.db.url", url);
    LOG.info(() -> "Embedded PostgreSQL for the integration tests at " + url);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        LOG.warning(() -> "Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
      }
      postgres = null;
      System.clearProperty("wops.test.db.url");
    }
  }
}
