package org.wops.persistence.schema;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource, {@value #JNDI_NAME}. Every attribute comes from MicroProfile
 * Config, so the same WAR runs on the embedded H2 database (the default) or on PostgreSQL when
 * {@code WOPS_DB_URL}, {@code WOPS_DB_USER}, {@code WOPS_DB_PASSWORD} and {@code WOPS_DB_CLASS} are
 * set. Defaults: {@code WEB-INF/classes/META-INF/microprofile-config.properties} in the WAR.
 *
 * <p>The pool heals by itself when the database goes away and comes back (a restart, terminated
 * backends): Payara validates each connection before handing it out (a query of {@link
 * #VALIDATION_TABLE}, one round trip) and, when one is broken, closes every connection of the pool,
 * since they all went the same way. Not {@code custom-validation}: it loads its validation class by
 * name through the application's class loader on every hand-out, under that loader's lock, which
 * the load benchmark showed every request queueing on (docs/BENCHMARKS.md, session 12). Every
 * connection has the same credentials, so the pool hands out any free one without matching it to
 * the caller (matching read the caller's credentials under a lock on every hand-out). A new
 * connection that the database does not accept within {@code loginTimeout} seconds fails instead of
 * holding the request.
 */
@DataSourceDefinition(
    name = WopsDataSource.JNDI_NAME,
    className = "${MPCONFIG=wops.db.class}",
    url = "${MPCONFIG=wops.db.url}",
    user = "${MPCONFIG=wops.db.user}",
    password = "${MPCONFIG=wops.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 5,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=table",
      "fish.payara.validation-table-name=" + WopsDataSource.VALIDATION_TABLE,
      "fish.payara.match-connections=false",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class WopsDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/wops";

  /**
   * What the pool's validation counts ({@code SELECT COUNT(*) FROM} it): a one-row derived table,
   * which H2 and PostgreSQL both read without touching a table, and which exists before the first
   * migration.
   */
  static final String VALIDATION_TABLE = "(select 1) as validation";
}
