package org.wops.persistence.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.wops.persistence.partnership.SearchTexts;

/**
 * Brings the schema up to date when the application starts, before JPA is used: Flyway applies the
 * migrations in {@code db/migration/common} and in the folder of the database in use ({@code
 * db/migration/postgresql} or {@code db/migration/h2}). A failed migration fails the deployment:
 * the platform never runs on a schema it does not know. Several instances starting together on one
 * PostgreSQL are safe: Flyway takes a lock.
 *
 * <p>Any start-up bean that reads or writes the database declares
 * {@code @DependsOn("DatabaseMigrator")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = WopsDataSource.JNDI_NAME)
  private DataSource dataSource;

  private volatile String schemaVersion;
  private volatile String database;

  @PostConstruct
  void migrate() {
    String vendor = vendorFolder();
    database = vendor;
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .failOnMissingLocations(false)
            .load();
    MigrateResult result = flyway.migrate();
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    fillSearchTexts();
    LOG.info(
        () ->
            "Database schema is at version "
                + schemaVersion
                + " on "
                + vendor
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now).");
  }

  /**
   * Partnerships stored before migration V14 and operators stored before V28, or loaded by SQL, get
   * their search text.
   */
  private void fillSearchTexts() {
    try (Connection connection = dataSource.getConnection()) {
      int filled = SearchTexts.fillMissing(connection);
      if (filled > 0) {
        LOG.info(() -> "Search text written for " + filled + " partnership(s).");
      }
      int operators = org.wops.persistence.operator.OperatorSearchTexts.fillMissing(connection);
      if (operators > 0) {
        LOG.info(() -> "Search text written for " + operators + " operator(s).");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the partnerships' search text.", e);
    }
  }

  private String vendorFolder() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException(
          "The WOPs Platform runs on PostgreSQL or the embedded H2 database, not on "
              + product
              + ".");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the database to migrate it: " + e.getMessage(), e);
    }
  }

  /** Whether the database is PostgreSQL (else the embedded H2 database): some queries differ. */
  public boolean isPostgresql() {
    return "postgresql".equals(database);
  }

  /** The schema version reached at start-up, once the migrations have run. */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }
}
