package org.wops.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PageRequest;

/**
 * Inside the running platform (Payara Micro, the built WAR, the real PostgreSQL): the repository
 * stores and reads operators through JPA on the schema that Flyway created.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorPersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.platformWar().addClass(OperatorPersistenceIT.class);
  }

  @Inject OperatorRepository operators;
  @Inject OperatorService service;
  @Inject UserTransaction tx;

  private static OperatorDetails details(String name) {
    return new OperatorDetails(
        name,
        "SONEB",
        OperatorKind.UTILITY,
        CountryCode.of("BJ"),
        "Cotonou",
        ServiceScope.WATER,
        Ownership.PUBLIC);
  }

  @Test
  void theRepositoryStoresAnOperatorAndReadsItBackInANewTransaction() throws Exception {
    String name = "Société Béninoise des Eaux " + UUID.randomUUID();
    OffsetDateTime registered = OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

    tx.begin();
    Operator stored = operators.store(new Operator(details(name), registered));
    tx.commit();
    assertNotNull(stored.id(), "the id is assigned from the sequence");

    tx.begin();
    Operator read = operators.findById(stored.id()).orElseThrow();
    tx.commit();
    assertEquals(name, read.name(), "the name is kept exactly as written, accents and all");
    assertEquals("BJ", read.country().code());
    assertEquals(ServiceScope.WATER, read.services());
    assertEquals(registered.toInstant(), read.registeredAt().toInstant());
  }

  @Test
  void theSchemaIsOwnedByFlywayOnPostgresql() throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("java:app/jdbc/wops");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from flyway_schema_history where success and version = '1'")) {
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1), "migration V1 ran once, successfully");
    }
  }

  @Test
  void aRefusedRegistrationStoresNothing() {
    long before = service.list(PageRequest.first()).total();

    assertThrows(DomainRuleViolation.class, () -> service.register(details(" ")));

    assertEquals(before, service.list(PageRequest.first()).total());
  }

  @Test
  void listingIsSortedByNameAndCountedInTheDatabase() {
    // "!" sorts before the digits and the apostrophes other test classes start names with
    String prefix = "!!!-sort-" + UUID.randomUUID() + "-";
    service.register(details(prefix + "B"));
    service.register(details(prefix + "A"));

    var page = service.list(new PageRequest(0, 2));

    assertEquals(2, page.items().size());
    assertTrue(page.total() >= 2);
    assertEquals(prefix + "A", page.items().get(0).name());
    assertEquals(prefix + "B", page.items().get(1).name());
  }
}
