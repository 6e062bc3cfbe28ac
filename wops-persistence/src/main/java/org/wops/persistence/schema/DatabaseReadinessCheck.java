package org.wops.persistence.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the schema migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject DatabaseMigrator migrator;

  @Resource(lookup = WopsDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    Optional<String> version = migrator.schemaVersion();
    response.withData("migrated", version.isPresent());
    version.ifPresent(v -> response.withData("schemaVersion", v));
    boolean answers;
    try (Connection connection = dataSource.getConnection()) {
      answers = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      response.withData("database", connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      answers = false;
      response.withData(
          "error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return response.status(answers && version.isPresent()).build();
  }
}
