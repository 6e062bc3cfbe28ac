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
 * backends): Payara validates each connection before handing it out ({@code Connection.isValid},
 * JDBC 4, which both H2 and PostgreSQL answer) and, when one is broken, closes every connection of
 * the pool, since they all went the same way. A connection is validated at most once every 2
 * seconds: the validation loads its class by name through the application's class loader, whose
 * lock every request queued on when each hand-out was validated (docs/BENCHMARKS.md, session 12); a
 * connection that broke within those seconds fails its query, which EclipseLink retries on another.
 * A new connection that the database does not accept within {@code loginTimeout} seconds fails
 * instead of holding the request.
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
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class WopsDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/wops";
}
