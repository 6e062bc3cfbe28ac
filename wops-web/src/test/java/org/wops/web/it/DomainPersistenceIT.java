package org.wops.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.charter.CharterService;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.event.PartnershipAgreed;
import org.wops.domain.event.PartnershipProposed;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.event.UpdateApproved;
import org.wops.domain.event.UpdateReturned;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.AgreementAndLifecycle;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.CapacityAssessment;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.MilestoneDue;
import org.wops.domain.partnership.MilestonePlanning;
import org.wops.domain.partnership.MilestoneStatus;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.partnership.PlannedMilestone;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.PublicationService;
import org.wops.domain.partnership.ResultsTracking;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.partnership.WorkPlanning;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;
import org.wops.domain.update.UpdateStatus;
import org.wops.web.it.support.ConcurrentEditor;
import org.wops.web.it.support.RecordedEvents;

/**
 * The WOP domain inside the running platform on the real PostgreSQL: the migrations from an empty
 * database, every repository query, the database constraints, the use cases with their audit trail
 * and events, and a concurrent edit. Each test makes its own operators and partnerships (unique
 * names), so no test depends on another's leftovers.
 */
@ExtendWith(ArquillianExtension.class)
class DomainPersistenceIT {
  private static final String ACTOR = "it-coordinator";
  private static final org.wops.domain.user.Viewer CALLER =
      org.wops.domain.user.Viewer.system(ACTOR);

  @Deployment
  static WebArchive deployment() {
    return Deployments.platformWar()
        .addClasses(
            DomainPersistenceIT.class,
            RecordedEvents.class,
            ConcurrentEditor.class,
            org.wops.web.it.support.HeldStores.class);
  }

  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject CharterService charter;
  @Inject CharterRepository charters;
  @Inject PartnershipReads partnerships;
  @Inject Proposals proposals;
  @Inject PartnershipEditing editing;
  @Inject AgreementAndLifecycle lifecycle;
  @Inject MilestonePlanning milestones;
  @Inject WorkPlanning workPlan;
  @Inject ResultsTracking results;
  @Inject PublicationService publication;
  @Inject PartnershipRepository partnershipRepository;
  @Inject ProgressUpdateService updates;
  @Inject ReferenceData reference;
  @Inject RecordedEvents events;
  @Inject jakarta.enterprise.event.Event<org.wops.domain.event.DomainEvent> domainEvents;
  @Inject ConcurrentEditor editor;
  @Inject org.wops.domain.notification.Notifications notifications;
  @Inject jakarta.transaction.UserTransaction tx;

  @Resource ManagedExecutorService executor;

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private Operator operator(String country) {
    return operators.register(
        new OperatorDetails(
            unique("Operator"),
            null,
            OperatorKind.UTILITY,
            CountryCode.of(country),
            "City",
            ServiceScope.WATER_AND_SANITATION,
            Ownership.PUBLIC,
            new BigDecimal("0.3476"),
            new BigDecimal("32.5825"),
            1_500_000L,
            250_000L,
            true));
  }

  private static Participant participant(Operator o, ParticipantRole role) {
    return new Participant(
        o.id(),
        role,
        new BigDecimal("12000"),
        new BigDecimal("30000"),
        "Field coaching.",
        "Lower losses.");
  }

  private static PartnershipDetails details(String title, String... areas) {
    return new PartnershipDetails(
        title,
        "Reduce non-revenue water by leak detection and pressure management.",
        "Exchange visits and joint field work.",
        "NRW below 30 %",
        "EUR",
        Set.of(areas),
        Set.of("KE", "UG"),
        org.wops.domain.shared.PartialDate.of(LocalDate.now().plusMonths(1)),
        org.wops.domain.shared.PartialDate.of(LocalDate.now().plusYears(2)),
        null,
        null);
  }

  private Partnership newPartnership(String title, Operator mentor, Operator mentee) {
    return proposals.identify(
        CALLER,
        new Proposals.Identify(
            DefaultWopType.ID,
            details(title, "NRW", "GIS"),
            List.of(
                participant(mentor, ParticipantRole.MENTOR),
                participant(mentee, ParticipantRole.MENTEE)),
            List.of(),
            null));
  }

  private Set<String> appliedMigrations() throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("java:app/jdbc/wops");
    Set<String> versions = new java.util.TreeSet<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select version from flyway_schema_history where success")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  private void execute(String sql) throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("java:app/jdbc/wops");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  @Test
  void theMigrationsFromAnEmptyDatabaseLoadTheReferenceListsAndTheFirstCharter() throws Exception {
    assertTrue(
        appliedMigrations().containsAll(Set.of("1", "2", "3", "4", "5")),
        appliedMigrations()::toString);
    // the migrations' lists (other tests of this run may have added entries since: the secretariat
    // can)
    assertEquals(19, reference.workingAreas().stream().filter(a -> a.position() <= 19).count());
    assertEquals(16, reference.kpis().stream().filter(k -> k.position() <= 16).count());
    assertEquals(14, reference.capacityDimensions().size());
    assertEquals("m³/km/day", reference.kpi("NRW_KM").orElseThrow().unit());
    assertEquals(
        "Eau non facturée",
        reference.workingArea("NRW").orElseThrow().name(org.wops.domain.shared.Language.FR));
    assertTrue(charter.current().number() >= 1);
    assertTrue(charter.current().codeOfConduct().contains("agreement"));
  }

  @Test
  void aPartnershipIsStoredWithAllItsPartsAndReadBack() {
    Operator mentor = operator("UG");
    Operator mentee = operator("KE");
    Organisation funder = organisations.register(unique("Fund"), "F", OrganisationKind.DONOR, null);
    Partnership p = newPartnership(unique("Full partnership"), mentor, mentee);
    long id = p.id();

    editing.replaceSupporters(
        CALLER,
        new PartnershipEditing.ReplaceSupporters(
            id,
            null,
            List.of(
                new SupportingOrganisation(
                    funder.id(), SupporterRole.FUNDER, new BigDecimal("80000")))));
    editing.replaceBudget(
        CALLER,
        new PartnershipEditing.ReplaceBudget(
            id,
            null,
            new org.wops.domain.partnership.Budget(
                "USD",
                new BigDecimal("250000"),
                List.of(
                    new org.wops.domain.partnership.BudgetLine(
                        2013, funder.id(), new BigDecimal("120000"), "budget.lines[0]"),
                    new org.wops.domain.partnership.BudgetLine(
                        2014, null, new BigDecimal("90000.50"), "budget.lines[1]")),
                org.wops.domain.partnership.FundingType.MIXED,
                "Don de l’OFID par l’intermédiaire de l’AWA ; le reste autofinancé")));
    workPlan.addActivity(
        CALLER,
        new WorkPlanning.AddActivity(
            id,
            null,
            "Leak detection training",
            "NRW",
            LocalDate.now(),
            LocalDate.now().plusMonths(3),
            new BigDecimal("5000"),
            "Team A"));
    workPlan.addOutput(
        CALLER,
        new WorkPlanning.AddOutput(
            id,
            null,
            "Technicians trained",
            "people",
            new BigDecimal("20"),
            LocalDate.now().plusMonths(4),
            "Attendance lists"));
    workPlan.addCost(
        CALLER,
        new WorkPlanning.AddCost(
            id, null, "TRAVEL", "Two exchange visits", new BigDecimal("8000")));
    Indicator nrw =
        results.defineIndicator(
            CALLER,
            new ResultsTracking.DefineIndicator(
                id, null, "NRW_PCT", new BigDecimal("45.5"), LocalDate.now().minusMonths(1)));
    results.setTarget(
        CALLER,
        new ResultsTracking.SetTarget(
            id, null, nrw.id(), LocalDate.now().getYear() + 1, new BigDecimal("35")));
    results.recordValue(
        CALLER,
        new ResultsTracking.RecordValue(
            id, null, nrw.id(), LocalDate.now(), new BigDecimal("44"), "%"));
    results.assessCapacity(
        CALLER,
        new ResultsTracking.AssessCapacity(
            id,
            null,
            "KNOWLEDGE_SKILLS",
            2,
            2,
            CapacityAssessment.DecidedBy.ALL_PARTNERS,
            LocalDate.now(),
            "Clear gain"));

    Partnership read = partnerships.get(id);
    assertEquals(2, read.participants().size());
    assertEquals(
        new BigDecimal("12000.00"),
        read.participant(mentor.id()).orElseThrow().cashContribution().orElseThrow());
    assertEquals(Set.of("GIS", "NRW"), read.workingAreas());
    assertEquals(Set.of("KE", "UG"), read.countries());
    assertEquals(1, read.supporters().size());
    assertEquals(8, read.milestones().size(), "the default type's milestone template");
    assertEquals(1, read.activities().size());
    assertEquals(1, read.outputs().size());
    assertEquals(new BigDecimal("8000.00"), read.totalCosts());
    assertEquals(1, read.indicators().get(0).targets().size());
    assertEquals(1, read.indicators().get(0).actuals().size());
    assertEquals(1, read.assessments().size());
    assertEquals("MIXED", read.fundingType().orElseThrow().name());
    org.wops.domain.partnership.Budget budget = read.budget();
    assertEquals("USD", budget.currency().orElseThrow());
    assertEquals(new BigDecimal("250000.00"), budget.total().orElseThrow());
    assertEquals(
        "Don de l’OFID par l’intermédiaire de l’AWA ; le reste autofinancé",
        budget.fundingDescription().orElseThrow());
    assertEquals(2, budget.lines().size());
    assertEquals(funder.id(), budget.lines().get(0).organisationId().orElseThrow());
    assertEquals(2014, budget.lines().get(1).year().orElseThrow());
    assertTrue(budget.lines().get(1).organisationId().isEmpty());
    assertEquals(new BigDecimal("90000.50"), budget.lines().get(1).amount());
    List<AuditEntry> trail = partnerships.auditTrail(CALLER, id);
    assertTrue(trail.size() >= 9, "every change is audited: " + trail.size());
    assertEquals("partnership.identified", trail.get(0).action());
    assertTrue(trail.stream().allMatch(e -> e.actor().equals(ACTOR)));
  }

  @Test
  void theLifecycleGoesToActiveOnlyUnderTheCharterAndRaisesItsEvents() {
    Operator mentor = operator("SN");
    Operator mentee = operator("BF");
    Partnership p = newPartnership(unique("Lifecycle"), mentor, mentee);
    long id = p.id();

    lifecycle.changeStatus(
        CALLER, new AgreementAndLifecycle.ChangeStatus(id, null, PartnershipStatus.PROPOSED));
    lifecycle.writeAgreement(
        CALLER,
        new AgreementAndLifecycle.WriteAgreement(
            id,
            null,
            new AgreementTerms(
                "Outputs: 2 DMAs.", new BigDecimal("24000"), new BigDecimal("60000"))));
    lifecycle.sign(CALLER, new AgreementAndLifecycle.Sign(id, null, mentor.id(), "Director A"));
    lifecycle.sign(CALLER, new AgreementAndLifecycle.Sign(id, null, mentee.id(), "Director B"));

    DomainRuleViolation refused =
        assertThrows(
            DomainRuleViolation.class,
            () ->
                lifecycle.changeStatus(
                    CALLER,
                    new AgreementAndLifecycle.ChangeStatus(id, null, PartnershipStatus.AGREED)));
    assertEquals("partnership.agreed.charter-not-endorsed", refused.code());
    assertEquals(
        PartnershipStatus.PROPOSED,
        partnerships.get(id).status(),
        "a refused change leaves nothing behind");
    assertFalse(partnerships.compliance(id).compliant());

    charter.endorseCurrent(mentor.id(), "Director A");
    charter.endorseCurrent(mentee.id(), "Director B");
    lifecycle.changeStatus(
        CALLER, new AgreementAndLifecycle.ChangeStatus(id, null, PartnershipStatus.AGREED));
    lifecycle.changeStatus(
        CALLER, new AgreementAndLifecycle.ChangeStatus(id, null, PartnershipStatus.ACTIVE));

    Partnership active = partnerships.get(id);
    assertEquals(PartnershipStatus.ACTIVE, active.status());
    assertEquals(
        org.wops.domain.shared.PartialDate.of(LocalDate.now()), active.actualStart().orElseThrow());
    Compliance compliance = partnerships.compliance(id);
    assertTrue(compliance.compliant(), compliance.reasons()::toString);
    Milestone first = active.milestones().get(0);
    milestones.reach(
        CALLER, new MilestonePlanning.Reach(id, null, first.id(), PartialDate.of(LocalDate.now())));
    assertEquals(MilestoneStatus.REACHED, partnerships.get(id).milestone(first.id()).status());

    assertTrue(
        events.of(PartnershipProposed.class).stream().anyMatch(e -> e.partnershipId() == id));
    assertTrue(
        events.of(AgreementSignedByAll.class).stream().anyMatch(e -> e.partnershipId() == id));
    assertTrue(events.of(PartnershipAgreed.class).stream().anyMatch(e -> e.partnershipId() == id));
    assertEquals(
        3,
        events.of(PartnershipStatusChanged.class).stream()
            .filter(e -> e.partnershipId() == id)
            .count());
    assertTrue(
        events.of(MilestoneReached.class).stream().anyMatch(e -> e.milestoneId() == first.id()));
    assertTrue(
        partnerships.auditTrail(CALLER, id).stream()
            .anyMatch(e -> e.action().equals("status.changed") && "AGREED".equals(e.toValue())));
  }

  @Test
  void aProgressUpdateIsSubmittedReturnedRevisedAndApproved() {
    Partnership p = newPartnership(unique("Updates"), operator("PE"), operator("BO"));
    ProgressUpdate u =
        updates.write(
            CALLER, p.id(), LocalDate.now().minusMonths(6), LocalDate.now(), "First half.");

    updates.submit(CALLER, u.id());
    assertTrue(updates.awaitingDecision().stream().anyMatch(x -> x.id().equals(u.id())));
    org.wops.domain.user.Viewer platform = org.wops.domain.user.Viewer.system("platform");
    updates.returnForRevision(platform, u.id(), "Add figures.");
    updates.revise(
        CALLER, u.id(), null, u.periodStart(), u.periodEnd(), "First half, with figures.");
    updates.submit(CALLER, u.id());
    ProgressUpdate approved = updates.approve(platform, u.id());

    assertEquals(UpdateStatus.APPROVED, approved.status());
    assertEquals(1, updates.ofPartnership(p.id()).size());
    assertEquals(
        2, events.of(UpdateSubmitted.class).stream().filter(e -> e.updateId() == u.id()).count());
    assertEquals(
        1, events.of(UpdateReturned.class).stream().filter(e -> e.updateId() == u.id()).count());
    assertEquals(
        1, events.of(UpdateApproved.class).stream().filter(e -> e.updateId() == u.id()).count());
  }

  @Test
  void searchFiltersSortsPagesAndCountsInTheDatabase() {
    String marker = "Zanzibar" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Operator a = operator("TZ");
    Operator b = operator("MZ");
    Operator c = operator("MW");
    Partnership first = newPartnership(marker + " alpha pressure", a, b);
    Partnership second =
        proposals.identify(
            CALLER,
            new Proposals.Identify(
                DefaultWopType.ID,
                details(marker + " beta billing", "BILLING"),
                List.of(participant(b, ParticipantRole.PEER), participant(c, ParticipantRole.PEER)),
                List.of(),
                null));
    publication.publish(second.id(), null, true, CALLER);
    lifecycle.changeStatus(
        CALLER,
        new AgreementAndLifecycle.ChangeStatus(second.id(), null, PartnershipStatus.PROPOSED));

    Page<PartnershipSummary> byText =
        partnerships.search(
            PartnershipCriteria.builder().text(marker).build(), new PageRequest(0, 10));
    assertEquals(2, byText.total());
    assertEquals(
        List.of(first.id(), second.id()),
        byText.items().stream().map(PartnershipSummary::id).toList());
    assertEquals(2, byText.items().get(0).participantCount());

    assertEquals(
        List.of(second.id()),
        ids(
            PartnershipCriteria.builder()
                .text(marker)
                .statuses(Set.of(PartnershipStatus.PROPOSED))
                .build()));
    assertEquals(
        List.of(second.id()),
        ids(PartnershipCriteria.builder().text(marker).published(true).build()));
    assertEquals(
        List.of(first.id()),
        ids(PartnershipCriteria.builder().text(marker).workingArea("GIS").build()));
    assertEquals(List.of(second.id()), ids(PartnershipCriteria.builder().operator(c.id()).build()));
    assertEquals(
        List.of(first.id(), second.id()),
        ids(
            PartnershipCriteria.builder()
                .text(marker)
                .type(DefaultWopType.ID)
                .country("ke")
                .operator(b.id())
                .build()));
    assertEquals(
        List.of(second.id(), first.id()),
        ids(
            PartnershipCriteria.builder()
                .text(marker)
                .sort(PartnershipCriteria.Sort.NEWEST)
                .build()));

    Page<PartnershipSummary> secondPage =
        partnerships.search(
            PartnershipCriteria.builder().text(marker).build(), new PageRequest(1, 1));
    assertEquals(2, secondPage.total());
    assertEquals(
        List.of(second.id()), secondPage.items().stream().map(PartnershipSummary::id).toList());

    Map<PartnershipStatus, Long> counts = partnershipRepository.countByStatus();
    assertTrue(counts.get(PartnershipStatus.PROPOSED) >= 1);
    assertEquals(PartnershipStatus.values().length, counts.size());
  }

  private List<Long> ids(PartnershipCriteria criteria) {
    return partnerships.search(criteria, new PageRequest(0, 50)).items().stream()
        .map(PartnershipSummary::id)
        .toList();
  }

  @Test
  void milestonesDueInAWindowAreListedSoonestFirst() {
    Partnership p = newPartnership(unique("Due soon"), operator("GH"), operator("TG"));
    LocalDate in10 = LocalDate.now().plusDays(10);
    Milestone soon =
        milestones.add(
            CALLER, new MilestonePlanning.Add(p.id(), null, "Field visit", PartialDate.of(in10)));

    List<MilestoneDue> due = partnershipRepository.milestonesDueBetween(in10, in10);

    assertTrue(
        due.stream().anyMatch(d -> d.milestoneId() == soon.id() && d.partnershipId() == p.id()));
    assertTrue(due.stream().allMatch(d -> d.plannedDate().equals(PartialDate.of(in10))));
  }

  @Test
  void theCharterRepositoryKnowsWhoEndorsedWhichVersion() {
    Operator endorsing = operator("MA");
    Operator silent = operator("TN");
    int current = charter.current().number();

    charter.endorseCurrent(endorsing.id(), "CEO");
    DomainRuleViolation twice =
        assertThrows(
            DomainRuleViolation.class, () -> charter.endorseCurrent(endorsing.id(), "CEO"));

    assertEquals("endorsement.duplicate", twice.code());
    assertEquals(
        Set.of(endorsing.id()), charters.endorsers(List.of(endorsing.id(), silent.id()), current));
    assertEquals(1, charters.endorsementsOf(endorsing.id()).size());
    assertTrue(charters.endorsementsOf(silent.id()).isEmpty());
  }

  @Test
  void publishingANewCharterVersionMakesEndorsementsStaleForPartnershipsNotYetAgreed() {
    Operator mentor = operator("CI");
    Operator mentee = operator("ML");
    Partnership agreedOne = newPartnership(unique("Agreed before v-next"), mentor, mentee);
    Partnership proposedOne = newPartnership(unique("Proposed before v-next"), mentor, mentee);
    charter.endorseCurrent(mentor.id(), "CEO");
    charter.endorseCurrent(mentee.id(), "CEO");
    for (Partnership p : List.of(agreedOne, proposedOne)) {
      lifecycle.changeStatus(
          CALLER, new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
      lifecycle.writeAgreement(
          CALLER,
          new AgreementAndLifecycle.WriteAgreement(
              p.id(), null, new AgreementTerms("Outputs.", BigDecimal.ONE, BigDecimal.ONE)));
      lifecycle.sign(CALLER, new AgreementAndLifecycle.Sign(p.id(), null, mentor.id(), "CEO"));
      lifecycle.sign(CALLER, new AgreementAndLifecycle.Sign(p.id(), null, mentee.id(), "CEO"));
    }
    lifecycle.changeStatus(
        CALLER,
        new AgreementAndLifecycle.ChangeStatus(agreedOne.id(), null, PartnershipStatus.AGREED));
    assertTrue(partnerships.compliance(proposedOne.id()).compliant());
    int before = charter.current().number();

    charter.publish(
        "Charter, revised",
        "Principles, revised.",
        "Code of conduct: a signed agreement first.",
        "secretariat");

    assertEquals(before + 1, charter.current().number());
    assertEquals(before + 1, charter.versions().size());
    assertTrue(
        events.of(org.wops.domain.event.CharterVersionPublished.class).stream()
            .anyMatch(e -> e.number() == before + 1));
    assertTrue(
        partnerships.compliance(agreedOne.id()).compliant(),
        "agreed under the old version: still compliant");
    Compliance stale = partnerships.compliance(proposedOne.id());
    assertFalse(stale.compliant(), "not yet agreed: the old endorsements are stale");
    assertEquals("partnership.charter-not-endorsed", stale.reasons().get(0).code());
    DomainRuleViolation refused =
        assertThrows(
            DomainRuleViolation.class,
            () ->
                lifecycle.changeStatus(
                    CALLER,
                    new AgreementAndLifecycle.ChangeStatus(
                        proposedOne.id(), null, PartnershipStatus.AGREED)));
    assertEquals("partnership.agreed.charter-not-endorsed", refused.code());
  }

  @Test
  void organisationsAreListedByNameAndCounted() {
    String prefix = "000 " + UUID.randomUUID();
    organisations.register(prefix + " B", null, OrganisationKind.NGO, CountryCode.of("NL"));
    Organisation a = organisations.register(prefix + " A", "A", OrganisationKind.PLATFORM, null);

    Page<Organisation> page = organisations.list(new PageRequest(0, 2));

    assertTrue(page.total() >= 2);
    assertEquals(
        List.of(prefix + " A", prefix + " B"),
        page.items().stream().map(Organisation::name).toList());
    assertTrue(organisations.get(a.id()).country().isEmpty());
    assertEquals("NL", page.items().get(1).country().orElseThrow().code());
  }

  @Test
  void theMailsOfAChangeAreWrittenInItsTransactionAndRolledBackWithIt() throws Exception {
    Operator mentor = operator("NA");
    Operator mentee = operator("BW");
    operators.addContact(
        org.wops.domain.user.Viewer.system(ACTOR),
        mentor.id(),
        new ContactPerson(
            "Mentor", unique("m").replace(' ', '-') + "@example.org", Language.EN, null));
    Partnership p = newPartnership(unique("Outbox"), mentor, mentee);

    tx.begin();
    lifecycle.changeStatus(
        CALLER, new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
    assertEquals(
        1,
        notifications.outbox(null, p.id(), PageRequest.first()).total(),
        "queued with the change");
    tx.rollback();

    assertEquals(PartnershipStatus.IDENTIFIED, partnerships.get(p.id()).status());
    assertEquals(
        0,
        notifications.outbox(null, p.id(), PageRequest.first()).total(),
        "and rolled back with it");

    lifecycle.changeStatus(
        CALLER, new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
    assertEquals(
        1,
        notifications.outbox(null, p.id(), PageRequest.first()).total(),
        "committed with the change");

    // the same event heard again (a redelivery) is the same occurrence: it queues nothing more
    org.wops.domain.event.PartnershipStatusChanged heard =
        events.of(org.wops.domain.event.PartnershipStatusChanged.class).stream()
            .filter(e -> e.partnershipId() == p.id())
            .reduce((a, b) -> b)
            .orElseThrow();
    tx.begin();
    domainEvents.fire(heard);
    tx.commit();
    assertEquals(
        1,
        notifications.outbox(null, p.id(), PageRequest.first()).total(),
        "a redelivered event queues nothing");
  }

  @Test
  void theDatabaseRefusesWhatTheCharterForbidsEvenWithoutTheDomain() {
    Partnership p = newPartnership(unique("Constraints"), operator("NG"), operator("CM"));
    long id = p.id();

    assertThrows(
        SQLException.class,
        () ->
            execute(
                "update partnership_participants set cash_contribution = -1 where partnership_id = "
                    + id));
    assertThrows(
        SQLException.class,
        () ->
            execute(
                "insert into partnership_cost_lines (partnership_id, position, category, description, amount)"
                    + " values ("
                    + id
                    + ", 0, 'PROFIT', 'margin', 10)"));
    assertThrows(
        SQLException.class,
        () -> execute("update partnerships set status = 'AGREED' where id = " + id));
    assertThrows(
        SQLException.class,
        () -> execute("update partnerships set planned_end = planned_start - 1 where id = " + id));
    assertThrows(
        SQLException.class,
        () ->
            execute(
                "update milestones set status = 'REACHED', actual_date = null where partnership_id = "
                    + id));
  }

  @Test
  void aStaleVersionIsRefusedInsteadOfOverwritten() {
    Partnership p = newPartnership(unique("Stale"), operator("ET"), operator("RW"));
    long read = p.version();
    editing.editDetails(
        CALLER,
        new PartnershipEditing.EditDetails(p.id(), read, details(unique("Retitled"), "NRW")));

    assertThrows(
        StaleVersionException.class,
        () ->
            editing.editDetails(
                CALLER,
                new PartnershipEditing.EditDetails(
                    p.id(), read, details(unique("Lost update"), "NRW"))));
  }

  @Test
  void twoTransactionsEditingOnePartnershipEndInAnOptimisticLockConflictNotALostUpdate()
      throws Exception {
    Partnership p = newPartnership(unique("Concurrent"), operator("ZM"), operator("ZW"));
    long before = partnerships.get(p.id()).version();
    CyclicBarrier bothHaveRead = new CyclicBarrier(2);

    List<Future<Long>> edits = new ArrayList<>();
    edits.add(executor.submit(() -> editor.retitle(p.id(), "Title from editor one", bothHaveRead)));
    edits.add(executor.submit(() -> editor.retitle(p.id(), "Title from editor two", bothHaveRead)));

    int succeeded = 0;
    int conflicts = 0;
    for (Future<Long> edit : edits) {
      try {
        assertEquals(before, edit.get(60, TimeUnit.SECONDS));
        succeeded++;
      } catch (ExecutionException e) {
        assertTrue(causedByOptimisticLock(e), () -> "unexpected failure: " + e.getCause());
        conflicts++;
      }
    }
    assertEquals(1, succeeded);
    assertEquals(1, conflicts);
    Partnership after = partnerships.get(p.id());
    assertEquals(before + 1, after.version());
    assertTrue(after.title().startsWith("Title from editor"));
  }

  @Test
  void concurrentUseCasesOnOnePartnershipAreAllKeptTheOneThatLostTheRaceIsMadeAgain()
      throws Exception {
    Partnership p = newPartnership(unique("Race"), operator("ZM"), operator("ZW"));
    LocalDate in10 = LocalDate.now().plusDays(10);
    Milestone first =
        milestones.add(
            CALLER, new MilestonePlanning.Add(p.id(), null, "First visit", PartialDate.of(in10)));
    Milestone second =
        milestones.add(
            CALLER, new MilestonePlanning.Add(p.id(), null, "Second visit", PartialDate.of(in10)));
    long before = partnerships.get(p.id()).version();
    // both use cases read the partnership, then both try to commit: one loses the optimistic lock
    editor.holdNextStores(new CyclicBarrier(2));
    List<Future<Milestone>> reached = new ArrayList<>();
    for (Milestone m : List.of(first, second)) {
      reached.add(
          executor.submit(
              () ->
                  milestones.reach(
                      CALLER,
                      new MilestonePlanning.Reach(
                          p.id(), null, m.id(), PartialDate.of(LocalDate.now())))));
    }
    for (Future<Milestone> r : reached) {
      assertEquals(MilestoneStatus.REACHED, r.get(60, TimeUnit.SECONDS).status());
    }
    Partnership after = partnerships.get(p.id());
    assertEquals(before + 2, after.version());
    assertEquals(MilestoneStatus.REACHED, after.milestone(first.id()).status());
    assertEquals(MilestoneStatus.REACHED, after.milestone(second.id()).status());
    assertEquals(
        2,
        partnerships.auditTrail(CALLER, p.id()).stream()
            .filter(a -> a.action().equals("milestone.reached"))
            .count(),
        "the attempt that lost left no trace");
  }

  @Test
  void aProposalWithABrokenRuleAnywhereLeavesNothingStored() throws Exception {
    String title = unique("All or nothing");
    Operator mentor = operator("ZM");
    Operator mentee = operator("ZW");
    java.util.function.Function<List<PlannedMilestone>, Partnership> propose =
        planned ->
            proposals.propose(
                CALLER,
                new Proposals.Propose(
                    new Proposals.Identify(
                        DefaultWopType.ID,
                        details(title, "NRW"),
                        List.of(
                            participant(mentor, ParticipantRole.MENTOR),
                            participant(mentee, ParticipantRole.MENTEE)),
                        List.of(),
                        Map.of()),
                    new AgreementTerms("Halve the losses.", BigDecimal.ZERO, BigDecimal.ZERO),
                    planned));
    PlannedMilestone kickOff =
        new PlannedMilestone("Kick-off", PartialDate.of(LocalDate.now().plusDays(5)));
    DomainRuleViolation refused =
        assertThrows(
            DomainRuleViolation.class,
            () ->
                propose.apply(
                    List.of(
                        kickOff,
                        new PlannedMilestone(
                            "x".repeat(201), PartialDate.of(LocalDate.now().plusDays(9))))));
    assertEquals("title", refused.field());
    assertEquals(0, partnershipsTitled(title), "the partnership identified first was rolled back");

    Partnership proposed = propose.apply(List.of(kickOff));
    assertEquals(1, partnershipsTitled(title));
    assertEquals("Halve the losses.", proposed.agreement().objectivesAndOutputs());
    assertTrue(proposed.milestones().stream().anyMatch(m -> m.title().equals("Kick-off")));
    assertEquals(PartnershipStatus.PROPOSED, proposed.status(), "finishing the proposal proposes");
  }

  private long partnershipsTitled(String title) throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("java:app/jdbc/wops");
    try (Connection c = ds.getConnection();
        java.sql.PreparedStatement q =
            c.prepareStatement("select count(*) from partnerships where title = ?")) {
      q.setString(1, title);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Test
  void aChangeConditionalOnAVersionIsRefusedOnceThePartnershipMovedOn() {
    Partnership p = newPartnership(unique("Condition"), operator("ZM"), operator("ZW"));
    Partnership read0 = partnerships.get(p.id());
    long read = read0.version();
    int count = read0.milestones().size();
    LocalDate in10 = LocalDate.now().plusDays(10);
    milestones.add(
        CALLER, new MilestonePlanning.Add(p.id(), read, "Kick-off", PartialDate.of(in10)));
    assertThrows(
        StaleVersionException.class,
        () ->
            milestones.add(
                CALLER,
                new MilestonePlanning.Add(p.id(), read, "Lost update", PartialDate.of(in10))));
    assertEquals(count + 1, partnerships.get(p.id()).milestones().size());
    // without a version, a change is made on whatever is current
    milestones.add(CALLER, new MilestonePlanning.Add(p.id(), null, "Later", PartialDate.of(in10)));
    assertEquals(count + 2, partnerships.get(p.id()).milestones().size());
  }

  private static boolean causedByOptimisticLock(Throwable t) {
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof OptimisticLockException
          || x.getClass().getName().contains("OptimisticLock")) {
        return true;
      }
    }
    return false;
  }
}
