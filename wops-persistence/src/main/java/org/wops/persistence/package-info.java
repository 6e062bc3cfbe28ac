/**
 * Storage of the WOP domain: the application's datasource (switched between the embedded H2
 * database and PostgreSQL by configuration alone), the Flyway migrations that own the schema, and
 * the JPA (EclipseLink) implementations of the domain's repository interfaces. Nothing here holds a
 * business rule.
 */
package org.wops.persistence;
