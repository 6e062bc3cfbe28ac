package org.wops.persistence.schema;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource, {@value #JNDI_NAME}. Every attribute comes from MicroProfile
 * Config, so the same WAR runs on the embedded H2 database (the default) or on PostgreSQL when
 * {@code WOPS_DB_URL}, {@code WOPS_DB_USER}, {@code WOPS_DB_PASSWORD} and {@code WOPS_DB_CLASS} are
 * set. Defaults: {@code WEB-INF/classes/META-INF/microprofile-config.properties} in the WAR.
 */
@DataSourceDefinition(
    name = WopsDataSource.JNDI_NAME,
    className = "${MPCONFIG=wops.db.class}",
    url = "${MPCONFIG=wops.db.url}",
    user = "${MPCONFIG=wops.db.user}",
    password = "${MPCONFIG=wops.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class WopsDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/wops";
}
