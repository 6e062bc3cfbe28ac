package org.wops.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.charter.CharterService;
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
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.BudgetLine;
import org.wops.domain.partnership.CapacityAssessment;
import org.wops.domain.partnership.FundingType;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.MilestonePlanning;
import org.wops.domain.partnership.MilestoneStatus;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.PublicationService;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.ResultsTracking;
import org.wops.domain.partnership.Source;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;
import org.wops.domain.user.Role;
import org.wops.domain.user.UserService;
import org.wops.domain.user.Viewer;

/**
 * Fictional demo data for the one-command run ({@code wops.demo-data=true}, set by the {@code run}
 * profile): 25 operators in five regions, 10 supporting organisations and 12 partnerships in every
 * lifecycle state, with milestones, indicators, capacity assessments and progress updates.
 * Everything goes through the use cases, so the Charter's rules hold for the demo too. Loaded once,
 * into a database that has no partnership yet.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "FirstAdministrator"})
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String DEMO = "demo data";
  private static final org.wops.domain.user.Viewer DEMO_CALLER =
      org.wops.domain.user.Viewer.system(DEMO);
  private static final org.wops.domain.user.Viewer PLATFORM_COORDINATOR =
      org.wops.domain.user.Viewer.system("platform coordinator");
  // the built-in type modules of this WAR (plugins/wops-type-mentoring and
  // plugins/wops-type-peer-exchange)
  private static final String MENTORING = "wop-mentoring";
  private static final String PEER_EXCHANGE = "wop-peer-exchange";

  @Inject
  @ConfigProperty(name = "wops.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject CharterService charter;
  @Inject PartnershipReads partnerships;
  @Inject Proposals proposals;
  @Inject PartnershipEditing editing;
  @Inject AgreementAndLifecycle lifecycle;
  @Inject MilestonePlanning milestones;
  @Inject ResultsTracking resultsTracking;
  @Inject PublicationService publication;
  @Inject org.wops.domain.partnership.ContributionService contributions;
  @Inject ProgressUpdateService updates;
  @Inject UserService users;

  private final List<Operator> ops = new ArrayList<>();
  private final List<Organisation> orgs = new ArrayList<>();

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    if (partnerships.search(PartnershipCriteria.all(), new PageRequest(0, 1)).total() > 0) {
      LOG.info("Demo data: the database already has partnerships; nothing loaded.");
      return;
    }
    long started = System.nanoTime();
    loadOperators();
    loadOrganisations();
    loadPartnerships();
    loadUsers();
    LOG.info(
        () ->
            "Demo data loaded: "
                + ops.size()
                + " operators, "
                + orgs.size()
                + " organisations, 14 partnerships in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms.");
  }

  /**
   * Demo accounts, one a role (password {@value #DEMO_PASSWORD}): an editor of Kisumu's utility,
   * the East African platform's coordinator and the water fund's donor officer, each with an
   * address at example.org (where a reset link would go).
   */
  private void loadUsers() {
    demoUser("editor", "Grace Achieng", Role.OPERATOR_EDITOR, Set.of(ops.get(0).id()), Set.of());
    demoUser("coordinator", "Joseph Mwangi", Role.COORDINATOR, Set.of(), Set.of(orgs.get(2).id()));
    demoUser("donor", "Amira Haddad", Role.DONOR, Set.of(), Set.of(orgs.get(0).id()));
  }

  static final String DEMO_PASSWORD = "wops-demo-password";

  private void demoUser(
      String username, String name, Role role, Set<Long> operatorIds, Set<Long> organisationIds) {
    if (users.count() > 0 && users.all().stream().anyMatch(u -> u.username().equals(username))) {
      return;
    }
    String email =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
            + "@example.org";
    users.create(
        username,
        DEMO_PASSWORD,
        name,
        Language.EN,
        Set.of(role),
        operatorIds,
        organisationIds,
        email);
  }

  private void op(
      String name,
      String acronym,
      String country,
      String city,
      double lat,
      double lon,
      OperatorKind kind,
      Ownership ownership,
      long population,
      Language language) {
    Operator o =
        operators.register(
            new OperatorDetails(
                name,
                acronym,
                kind,
                CountryCode.of(country),
                city,
                ServiceScope.WATER_AND_SANITATION,
                ownership,
                BigDecimal.valueOf(lat),
                BigDecimal.valueOf(lon),
                population,
                population / 6,
                ops.size() % 3 != 0));
    operators.addContact(
        Viewer.system("demo-data"),
        o.id(),
        new ContactPerson(
            "WOP coordinator of " + acronym,
            "wop." + acronym.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.org",
            language,
            "WOP coordinator"));
    ops.add(o);
  }

  private void loadOperators() {
    OperatorKind u = OperatorKind.UTILITY;
    // Africa
    op(
        "Lakeside Water and Sewerage Company",
        "LWSC",
        "KE",
        "Kisumu",
        -0.0917,
        34.768,
        u,
        Ownership.PUBLIC,
        620_000,
        Language.EN);
    op(
        "Highlands Water Board",
        "HWB",
        "UG",
        "Mbarara",
        -0.6072,
        30.6545,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        410_000,
        Language.EN);
    op(
        "Société des Eaux du Littoral",
        "SEL",
        "SN",
        "Thiès",
        14.7910,
        -16.9359,
        u,
        Ownership.PRIVATE_UNDER_PUBLIC_MANDATE,
        380_000,
        Language.FR);
    op(
        "Régie Municipale de l'Eau de Bobo",
        "RMEB",
        "BF",
        "Bobo-Dioulasso",
        11.1771,
        -4.2979,
        OperatorKind.MUNICIPAL_SERVICE,
        Ownership.MUNICIPAL,
        900_000,
        Language.FR);
    op(
        "Coastal Water Utility of Ghana",
        "CWUG",
        "GH",
        "Cape Coast",
        5.1053,
        -1.2466,
        u,
        Ownership.PUBLIC,
        170_000,
        Language.EN);
    op(
        "Copperbelt Water Services",
        "CBWS",
        "ZM",
        "Kitwe",
        -12.8024,
        28.2132,
        u,
        Ownership.PUBLIC,
        700_000,
        Language.EN);
    // Latin America
    op(
        "Empresa de Agua del Valle Sagrado",
        "EAVS",
        "PE",
        "Cusco",
        -13.5320,
        -71.9675,
        u,
        Ownership.MUNICIPAL,
        450_000,
        Language.ES);
    op(
        "Servicio Municipal de Agua de Tarija",
        "SEMAT",
        "BO",
        "Tarija",
        -21.5355,
        -64.7296,
        OperatorKind.MUNICIPAL_SERVICE,
        Ownership.MUNICIPAL,
        250_000,
        Language.ES);
    op(
        "Aguas de la Sabana",
        "ADS",
        "CO",
        "Tunja",
        5.5353,
        -73.3678,
        u,
        Ownership.PUBLIC,
        200_000,
        Language.ES);
    op(
        "Cooperativa de Agua Potable San Miguel",
        "COOPSAM",
        "HN",
        "San Pedro Sula",
        15.5000,
        -88.0333,
        u,
        Ownership.COOPERATIVE,
        90_000,
        Language.ES);
    op(
        "Junta de Agua de Cuenca Alta",
        "JACA",
        "EC",
        "Cuenca",
        -2.9001,
        -79.0059,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        330_000,
        Language.ES);
    // Caribbean
    op(
        "Island Water Authority",
        "IWA",
        "JM",
        "Montego Bay",
        18.4762,
        -77.8939,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        120_000,
        Language.EN);
    op(
        "Northern Plains Water Company",
        "NPWC",
        "TT",
        "Arima",
        10.6374,
        -61.2823,
        u,
        Ownership.PUBLIC,
        95_000,
        Language.EN);
    op(
        "Direction de l'Eau du Nord",
        "DEN",
        "HT",
        "Cap-Haïtien",
        19.7596,
        -72.2014,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        280_000,
        Language.FR);
    op(
        "Windward Islands Utility",
        "WIU",
        "LC",
        "Castries",
        14.0101,
        -60.9875,
        u,
        Ownership.PUBLIC,
        60_000,
        Language.EN);
    // Asia
    op(
        "Metro River Water District",
        "MRWD",
        "PH",
        "Iloilo",
        10.7202,
        122.5621,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        500_000,
        Language.EN);
    op(
        "Delta City Water Supply Company",
        "DCWS",
        "VN",
        "Can Tho",
        10.0452,
        105.7469,
        u,
        Ownership.PUBLIC,
        1_200_000,
        Language.EN);
    op(
        "Perusahaan Air Minum Kota Hijau",
        "PAMKH",
        "ID",
        "Malang",
        -7.9666,
        112.6326,
        u,
        Ownership.MUNICIPAL,
        850_000,
        Language.EN);
    op(
        "Valley Drinking Water Board",
        "VDWB",
        "NP",
        "Pokhara",
        28.2096,
        83.9856,
        OperatorKind.PUBLIC_AUTHORITY,
        Ownership.PUBLIC,
        400_000,
        Language.EN);
    op(
        "Tonle Water Supply Authority",
        "TWSA",
        "KH",
        "Battambang",
        13.0957,
        103.2022,
        u,
        Ownership.PUBLIC,
        180_000,
        Language.EN);
    op(
        "Lakeshore Urban Water Utility",
        "LUWU",
        "LK",
        "Kandy",
        7.2906,
        80.6337,
        u,
        Ownership.PUBLIC,
        160_000,
        Language.EN);
    // South-East Europe
    op(
        "Ujësjellës Kanalizime Bregdeti",
        "UKB",
        "AL",
        "Durrës",
        41.3246,
        19.4565,
        u,
        Ownership.MUNICIPAL,
        200_000,
        Language.EN);
    op(
        "Javno Komunalno Preduzeće Vodovod Dunav",
        "JKP-VD",
        "RS",
        "Novi Sad",
        45.2671,
        19.8335,
        u,
        Ownership.MUNICIPAL,
        340_000,
        Language.EN);
    op(
        "Komunalno Pretprijatie Vodovod Ohrid",
        "KPVO",
        "MK",
        "Ohrid",
        41.1231,
        20.8016,
        u,
        Ownership.MUNICIPAL,
        55_000,
        Language.EN);
    op(
        "Vodovod i Kanalizacija Neretva",
        "VIKN",
        "BA",
        "Mostar",
        43.3438,
        17.8078,
        u,
        Ownership.MUNICIPAL,
        110_000,
        Language.EN);
  }

  private void org(String name, String acronym, OrganisationKind kind, String country) {
    orgs.add(
        organisations.register(
            name, acronym, kind, country == null ? null : CountryCode.of(country)));
  }

  private void loadOrganisations() {
    org("Blue Horizon Water Fund", "BHWF", OrganisationKind.DONOR, null);
    org("Continental Development Bank", "CDB", OrganisationKind.DEVELOPMENT_BANK, "CI");
    org("East African Operators' Platform", "EAOP", OrganisationKind.PLATFORM, "KE");
    org("Andean Water Operators' Programme", "AWOP", OrganisationKind.PROGRAMME, "PE");
    org("Caribbean Utilities Network", "CUN", OrganisationKind.ASSOCIATION, "BB");
    org("Mekong Water Learning Alliance", "MWLA", OrganisationKind.PLATFORM, "TH");
    org("Balkan Water Utilities Association", "BWUA", OrganisationKind.ASSOCIATION, "RS");
    org("Clean Taps Foundation", "CTF", OrganisationKind.NGO, "NL");
    org("Institute for Urban Water Studies", "IUWS", OrganisationKind.UNIVERSITY, "DE");
    org("Solidarity Water Programme", "SWP", OrganisationKind.PROGRAMME, "FR");
    org(
        "Ministère de l’Eau et de l’Assainissement du Burkina Faso",
        "MEA",
        OrganisationKind.OTHER,
        "BF");
  }

  private static Participant p(Operator o, ParticipantRole role, int cash, int inKind) {
    return new Participant(
        o.id(),
        role,
        BigDecimal.valueOf(cash),
        BigDecimal.valueOf(inKind),
        role == ParticipantRole.MENTEE
            ? "Hosts the pilot, assigns a counterpart team and implements the action plan."
            : "Provides experts, coaching and tools; co-leads the field work.",
        role == ParticipantRole.MENTEE
            ? "Better service and lower losses in its pilot zones."
            : "Staff development and a stronger regional network.");
  }

  private Partnership wop(
      String title,
      String objectives,
      Set<String> areas,
      Set<String> countries,
      String currency,
      LocalDate plannedStart,
      List<Participant> participants,
      List<SupportingOrganisation> supporters) {
    boolean peersOnly = participants.stream().allMatch(x -> x.role() == ParticipantRole.PEER);
    Partnership p =
        proposals.identify(
            DEMO_CALLER,
            new Proposals.Identify(
                peersOnly ? PEER_EXCHANGE : MENTORING,
                PartnershipDetails.builder()
                    .title(title)
                    .objectives(objectives)
                    // the demo's own partnerships are written in English, and say so
                    .titleLanguage(TextLanguage.of("en"))
                    .objectivesLanguage(TextLanguage.of("en"))
                    .approach(
                        "Exchange visits, joint field work, remote coaching and a shared action plan.")
                    .expectedOutcomes("Measurable gains in the KPIs below within two years.")
                    .currency(currency)
                    .workingAreas(areas)
                    .countries(countries)
                    .plannedStart(plannedStart)
                    .plannedEnd(plannedStart.plusYears(2))
                    .build(),
                participants,
                List.of(),
                null));
    if (!supporters.isEmpty()) {
      editing.replaceSupporters(
          DEMO_CALLER, new PartnershipEditing.ReplaceSupporters(p.id(), null, supporters));
      // the demo's funders stand by their contributions (public figures count confirmed ones)
      supporters.stream()
          .filter(s -> s.contribution().map(c -> c.signum() > 0).orElse(false))
          .map(SupportingOrganisation::organisationId)
          .distinct()
          .forEach(supporter -> contributions.confirm(p.id(), null, supporter, DEMO_CALLER));
    }
    return p;
  }

  private SupportingOrganisation funder(int org, int amount) {
    return new SupportingOrganisation(
        orgs.get(org).id(), SupporterRole.FUNDER, BigDecimal.valueOf(amount));
  }

  private SupportingOrganisation facilitator(int org) {
    return new SupportingOrganisation(
        orgs.get(org).id(), SupporterRole.FACILITATOR, BigDecimal.ZERO);
  }

  /** Proposes, endorses, writes and signs the agreement, and agrees. */
  private void agree(Partnership p) {
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
    Partnership current = partnerships.get(p.id());
    BigDecimal cash =
        current.participants().stream()
            .map(x -> x.cashContribution().orElse(BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal inKind =
        current.participants().stream()
            .map(x -> x.inKindContribution().orElse(BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    lifecycle.writeAgreement(
        DEMO_CALLER,
        new AgreementAndLifecycle.WriteAgreement(
            p.id(),
            null,
            new AgreementTerms(
                "Objectives: "
                    + current.objectives()
                    + " Outputs: an action plan, trained staff, two pilot zones.",
                cash,
                inKind)));
    for (Participant x : current.participants()) {
      if (charter.endorsementOf(x.operatorId()).isEmpty()) {
        charter.endorseCurrent(x.operatorId(), "Managing director");
      }
      lifecycle.sign(
          DEMO_CALLER,
          new AgreementAndLifecycle.Sign(p.id(), null, x.operatorId(), "Managing director"));
    }
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.AGREED));
  }

  private void activate(Partnership p) {
    agree(p);
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.ACTIVE));
    publication.publish(p.id(), null, true, DEMO_CALLER);
  }

  private void results(
      Partnership p, LocalDate baseline, String kpi, String base, String target, String... values) {
    Indicator i =
        resultsTracking.defineIndicator(
            DEMO_CALLER,
            new ResultsTracking.DefineIndicator(p.id(), null, kpi, new BigDecimal(base), baseline));
    resultsTracking.setTarget(
        DEMO_CALLER,
        new ResultsTracking.SetTarget(
            p.id(), null, i.id(), baseline.getYear() + 1, new BigDecimal(target)));
    resultsTracking.setTarget(
        DEMO_CALLER,
        new ResultsTracking.SetTarget(
            p.id(),
            null,
            i.id(),
            baseline.getYear() + 2,
            new BigDecimal(target).multiply(new BigDecimal("0.9"))));
    LocalDate on = baseline;
    for (String v : values) {
      on = on.plusMonths(4);
      if (!on.isAfter(LocalDate.now())) {
        resultsTracking.recordValue(
            DEMO_CALLER,
            new ResultsTracking.RecordValue(p.id(), null, i.id(), on, new BigDecimal(v), i.unit()));
      }
    }
  }

  private void reachEarlyMilestones(Partnership p, int count) {
    // in the template's order, as far as its conditions allow (the last signature reached one)
    List<Milestone> ms = partnerships.get(p.id()).milestones();
    for (int k = 0; k < count && k < ms.size(); k++) {
      Milestone m = ms.get(k);
      LocalDate planned = m.plannedDate().first();
      LocalDate actual = planned.isAfter(LocalDate.now()) ? LocalDate.now() : planned.plusDays(5);
      LocalDate on = actual.isAfter(LocalDate.now()) ? LocalDate.now() : actual;
      if (m.status() != MilestoneStatus.PLANNED) {
        continue;
      }
      PartialDate day = PartialDate.of(on);
      if (milestones.reachRefusal(DEMO_CALLER, p.id(), m.id(), day).isPresent()) {
        return;
      }
      milestones.reach(DEMO_CALLER, new MilestonePlanning.Reach(p.id(), null, m.id(), day));
    }
  }

  private void loadPartnerships() {
    LocalDate today = LocalDate.now();
    // ACTIVE (3)
    Partnership nrw =
        wop(
            "Cutting water losses in Kisumu with Mbarara's district meters",
            "Halve physical losses in two district metered areas and set up a permanent leak detection team.",
            Set.of("NRW", "NETWORK", "GIS"),
            Set.of("KE", "UG"),
            "USD",
            today.minusMonths(14),
            List.of(
                p(ops.get(1), ParticipantRole.MENTOR, 15_000, 40_000),
                p(ops.get(0), ParticipantRole.MENTEE, 10_000, 25_000)),
            List.of(funder(0, 120_000), facilitator(2)));
    activate(nrw);
    reachEarlyMilestones(nrw, 5);
    results(nrw, today.minusMonths(13), "NRW_PCT", "48", "38", "46", "43", "41");
    results(nrw, today.minusMonths(13), "CONTINUITY", "14", "20", "15", "17", "18");
    resultsTracking.assessCapacity(
        DEMO_CALLER,
        new ResultsTracking.AssessCapacity(
            nrw.id(),
            null,
            "KNOWLEDGE_SKILLS",
            2,
            2,
            CapacityAssessment.DecidedBy.ALL_PARTNERS,
            today.minusMonths(1),
            "Leak detection team fully autonomous."));
    resultsTracking.assessCapacity(
        DEMO_CALLER,
        new ResultsTracking.AssessCapacity(
            nrw.id(),
            null,
            "SYSTEMS",
            1,
            1,
            CapacityAssessment.DecidedBy.ONE_PARTNER,
            today.minusMonths(1),
            null));
    ProgressUpdate first =
        updates.write(
            DEMO_CALLER,
            nrw.id(),
            today.minusMonths(12),
            today.minusMonths(6),
            "Two DMAs set up; 312 leaks repaired; NRW down 5 points.");
    updates.submit(DEMO_CALLER, first.id());
    updates.approve(PLATFORM_COORDINATOR, first.id());
    ProgressUpdate second =
        updates.write(
            DEMO_CALLER,
            nrw.id(),
            today.minusMonths(6),
            today,
            "Pressure management in DMA 2; night-flow analysis started.");
    updates.submit(DEMO_CALLER, second.id());

    Partnership billing =
        wop(
            "Billing and collection turnaround in Tarija",
            "Raise collection efficiency from 71 % to 90 % with a customer census and a new billing cycle.",
            Set.of("BILLING", "CUSTOMER_SERVICE", "FINANCE"),
            Set.of("BO", "PE"),
            "USD",
            today.minusMonths(10),
            List.of(
                p(ops.get(6), ParticipantRole.MENTOR, 5_000, 30_000),
                p(ops.get(7), ParticipantRole.MENTEE, 8_000, 12_000)),
            List.of(facilitator(3), funder(7, 45_000)));
    activate(billing);
    reachEarlyMilestones(billing, 4);
    results(billing, today.minusMonths(9), "COLLECTION_EFFICIENCY", "71", "85", "74", "79");
    ProgressUpdate returned =
        updates.write(
            DEMO_CALLER,
            billing.id(),
            today.minusMonths(9),
            today.minusMonths(3),
            "Census of 18,000 customers completed.");
    updates.submit(DEMO_CALLER, returned.id());
    updates.returnForRevision(
        PLATFORM_COORDINATOR, returned.id(), "Please add the collection figures for each month.");

    Partnership peers =
        wop(
            "Caribbean peer exchange on climate-resilient supply",
            "Share drought and hurricane preparedness plans and test them in joint exercises.",
            Set.of("CLIMATE", "EMERGENCY", "WATER_QUALITY"),
            Set.of("JM", "TT", "LC"),
            "USD",
            today.minusMonths(8),
            List.of(
                p(ops.get(11), ParticipantRole.PEER, 4_000, 9_000),
                p(ops.get(12), ParticipantRole.PEER, 4_000, 9_000),
                p(ops.get(14), ParticipantRole.PEER, 2_000, 6_000)),
            List.of(facilitator(4)));
    activate(peers);
    reachEarlyMilestones(peers, 3);
    results(peers, today.minusMonths(7), "CHLORINE_PASS", "82", "95", "88");

    // COMPLETED and EVALUATED
    Partnership energy =
        wop(
            "Energy efficiency in pumping for Can Tho",
            "Cut the energy used per m³ by 15 % through pump audits and variable-speed drives.",
            Set.of("ENERGY", "PRODUCTION"),
            Set.of("VN", "ID"),
            "EUR",
            today.minusYears(2).minusMonths(3),
            List.of(
                p(ops.get(17), ParticipantRole.MENTOR, 0, 35_000),
                p(ops.get(16), ParticipantRole.MENTEE, 20_000, 15_000)),
            List.of(funder(1, 90_000), facilitator(5)));
    activate(energy);
    reachEarlyMilestones(energy, 8);
    results(
        energy,
        today.minusYears(2),
        "ENERGY_PER_M3",
        "0.62",
        "0.55",
        "0.60",
        "0.57",
        "0.54",
        "0.53");
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(energy.id(), null, PartnershipStatus.COMPLETED));

    Partnership sanitation =
        wop(
            "Faecal sludge services for Bobo-Dioulasso",
            "Set up a regulated faecal sludge collection service with licensed private emptiers.",
            Set.of("FAECAL_SLUDGE", "WASTEWATER", "LOW_INCOME"),
            Set.of("BF", "SN"),
            "XOF",
            today.minusYears(3),
            List.of(
                p(ops.get(2), ParticipantRole.MENTOR, 0, 20_000_000),
                p(ops.get(3), ParticipantRole.MENTEE, 5_000_000, 10_000_000)),
            List.of(
                funder(9, 60_000_000),
                new SupportingOrganisation(
                    orgs.get(8).id(),
                    SupporterRole.TECHNICAL_SUPPORT,
                    "partenaire technique",
                    null),
                new SupportingOrganisation(
                    orgs.get(10).id(), SupporterRole.POLITICAL_SUPPORT, null, null)));
    activate(sanitation);
    reachEarlyMilestones(sanitation, 8);
    results(
        sanitation, today.minusYears(3), "SEWERAGE_COVERAGE", "12", "20", "14", "16", "18", "21");
    resultsTracking.assessCapacity(
        DEMO_CALLER,
        new ResultsTracking.AssessCapacity(
            sanitation.id(),
            null,
            "MANAGEMENT_PRACTICES",
            2,
            1,
            CapacityAssessment.DecidedBy.ALL_PARTNERS,
            today.minusMonths(2),
            "Emptiers licensed and monitored."));
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(sanitation.id(), null, PartnershipStatus.COMPLETED));
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(sanitation.id(), null, PartnershipStatus.EVALUATED));

    // AGREED
    Partnership assets =
        wop(
            "Asset management plan for the Neretva valley",
            "Build an asset register and a ten-year renewal plan for the networks of Mostar.",
            Set.of("ASSET_MANAGEMENT", "GIS"),
            Set.of("BA", "RS"),
            "EUR",
            today.plusMonths(1),
            List.of(
                p(ops.get(22), ParticipantRole.MENTOR, 3_000, 25_000),
                p(ops.get(24), ParticipantRole.MENTEE, 6_000, 8_000)),
            List.of(facilitator(6)));
    agree(assets);
    publication.publish(assets.id(), null, true, DEMO_CALLER);

    // PROPOSED (2)
    Partnership quality =
        wop(
            "Water safety planning in Ohrid",
            "Prepare and adopt a water safety plan for the lake intake and the old town network.",
            Set.of("WATER_QUALITY", "IWRM"),
            Set.of("MK", "AL"),
            "EUR",
            today.plusMonths(3),
            List.of(
                p(ops.get(21), ParticipantRole.MENTOR, 2_000, 12_000),
                p(ops.get(23), ParticipantRole.MENTEE, 1_000, 6_000)),
            List.of());
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(quality.id(), null, PartnershipStatus.PROPOSED));

    Partnership hr =
        wop(
            "A training academy for Copperbelt Water Services",
            "Set up an in-house training centre and a certification path for operators and plumbers.",
            Set.of("HUMAN_RESOURCES", "GOVERNANCE"),
            Set.of("ZM", "GH"),
            "USD",
            today.plusMonths(2),
            List.of(
                p(ops.get(4), ParticipantRole.MENTOR, 0, 18_000),
                p(ops.get(5), ParticipantRole.MENTEE, 12_000, 9_000)),
            List.of(funder(8, 20_000)));
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(hr.id(), null, PartnershipStatus.PROPOSED));

    // IDENTIFIED (2)
    wop(
        "Customer service charter for Cap-Haïtien",
        "Introduce a customer charter, a call centre and complaint tracking.",
        Set.of("CUSTOMER_SERVICE", "GENDER"),
        Set.of("HT"),
        "USD",
        today.plusMonths(6),
        List.of(
            p(ops.get(12), ParticipantRole.MENTOR, 0, 5_000),
            p(ops.get(13), ParticipantRole.MENTEE, 0, 3_000)),
        List.of(facilitator(4)));
    wop(
        "GIS and hydraulic modelling for Pokhara",
        "Digitise the network and calibrate a hydraulic model to plan the city's growth.",
        Set.of("GIS", "NETWORK"),
        Set.of("NP", "LK"),
        "USD",
        today.plusMonths(5),
        List.of(
            p(ops.get(20), ParticipantRole.MENTOR, 0, 10_000),
            p(ops.get(18), ParticipantRole.MENTEE, 3_000, 4_000)),
        List.of());

    // SUSPENDED
    Partnership suspended =
        wop(
            "Non-revenue water reduction in Iloilo",
            "Reduce commercial losses through meter replacement and illegal connection regularisation.",
            Set.of("NRW", "BILLING"),
            Set.of("PH", "KH"),
            "USD",
            today.minusMonths(5),
            List.of(
                p(ops.get(19), ParticipantRole.MENTOR, 2_000, 15_000),
                p(ops.get(15), ParticipantRole.MENTEE, 9_000, 7_000)),
            List.of(funder(0, 30_000), facilitator(5)));
    activate(suspended);
    reachEarlyMilestones(suspended, 2);
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(suspended.id(), null, PartnershipStatus.SUSPENDED));

    // CANCELLED
    Partnership cancelled =
        wop(
            "Tariff study for the Sabana cooperatives",
            "Design a social tariff for rural cooperatives around Tunja.",
            Set.of("FINANCE", "LOW_INCOME"),
            Set.of("CO", "HN"),
            "USD",
            today.minusMonths(2),
            List.of(
                p(ops.get(8), ParticipantRole.PEER, 0, 4_000),
                p(ops.get(9), ParticipantRole.PEER, 0, 4_000)),
            List.of());
    lifecycle.changeStatus(
        DEMO_CALLER,
        new AgreementAndLifecycle.ChangeStatus(cancelled.id(), null, PartnershipStatus.CANCELLED));

    loadRecordedPartnerships();
  }

  /**
   * Two partnerships that existed before the platform, recorded as their sources say: one known to
   * the year, its agreement signed outside the platform and verified by the secretariat; one whose
   * fate nobody reported after 2016. Nothing about them is invented.
   */
  private void loadRecordedPartnerships() {
    Partnership bobo =
        proposals.record(
            DEMO_CALLER,
            new Proposals.Record(
                new Proposals.Identify(
                    MENTORING,
                    PartnershipDetails.builder()
                        .title("Renforcement de la gestion commerciale à Bobo-Dioulasso")
                        .titleLanguage(
                            new TextLanguage(
                                "fr",
                                Map.of(
                                    "en",
                                    "Strengthening commercial management in Bobo-Dioulasso",
                                    "es",
                                    "Fortalecimiento de la gestión comercial en Bobo-Dioulasso")))
                        .objectives(
                            "Améliorer le recouvrement des factures et fiabiliser le fichier"
                                + " clients.")
                        .objectivesLanguage(
                            new TextLanguage(
                                "fr",
                                Map.of(
                                    "en",
                                    "Improve bill collection and make the customer register"
                                        + " reliable.")))
                        .currency("XOF")
                        .workingAreas(Set.of("BILLING", "CUSTOMER_SERVICE"))
                        .actualStart(PartialDate.ofYear(2009))
                        .actualEnd(PartialDate.ofMonth(2012, 6))
                        .build(),
                    List.of(
                        new Participant(
                            ops.get(2).id(), ParticipantRole.MENTOR, null, null, null, null),
                        new Participant(
                            ops.get(13).id(), ParticipantRole.MENTOR, null, null, null, null),
                        new Participant(
                            ops.get(3).id(), ParticipantRole.MENTEE, null, null, null, null)),
                    List.of(
                        new SupportingOrganisation(
                            orgs.get(9).id(),
                            SupporterRole.BROKER,
                            "courtier du partenariat",
                            null)),
                    null),
                PartnershipStatus.COMPLETED,
                new RecordedHistory.Facts(
                    true,
                    PartialDate.ofMonth(2009, 3),
                    "Protocole d’accord signé à Bobo-Dioulasso (archives du programme)",
                    null,
                    RecordedHistory.ComplianceAssessment.VERIFIED_BY_SECRETARIAT),
                List.of(
                    new Source(
                        "Rapport final du programme de solidarité",
                        null,
                        PartialDate.ofYear(2012),
                        "Taux de recouvrement passé de 74 % à 91 % dans les trois centres.",
                        "sources[0]")),
                List.of(
                    new Result(
                        "Recouvrement des factures amélioré : de 74 % à 91 % dans les trois"
                            + " centres",
                        ResultKind.OUTCOME,
                        ResultIndicator.of(
                            "Taux de recouvrement",
                            "%",
                            ResultPoint.of(
                                new BigDecimal("74"), null, PartialDate.ofYear(2009), "b"),
                            ResultPoint.of(
                                new BigDecimal("90"), null, PartialDate.ofYear(2012), "t"),
                            ResultPoint.of(
                                new BigDecimal("91"), null, PartialDate.ofMonth(2012, 6), "a"),
                            "results[0].indicator"),
                        "results[0]"),
                    new Result(
                        "Fichier clients fiabilisé",
                        ResultKind.OUTPUT,
                        ResultIndicator.of(
                            null,
                            null,
                            null,
                            null,
                            ResultPoint.of(
                                null,
                                "Fichier recensé et nettoyé dans les trois centres",
                                PartialDate.ofYear(2011),
                                "a"),
                            "results[1].indicator"),
                        "results[1]")),
                new Budget(
                    "EUR",
                    new java.math.BigDecimal("180000"),
                    List.of(
                        new BudgetLine(
                            2009, null, new java.math.BigDecimal("60000"), "budget.lines[0]"),
                        new BudgetLine(
                            2010, null, new java.math.BigDecimal("70000"), "budget.lines[1]"),
                        new BudgetLine(
                            2011, null, new java.math.BigDecimal("50000"), "budget.lines[2]")),
                    FundingType.MIXED,
                    "Programme de solidarité (don) ; le temps du personnel apporté par les"
                        + " sociétés d’eau")));
    publication.publish(bobo.id(), null, true, DEMO_CALLER);
    Partnership tarija =
        proposals.record(
            DEMO_CALLER,
            new Proposals.Record(
                new Proposals.Identify(
                    PEER_EXCHANGE,
                    PartnershipDetails.builder()
                        .title("Intercambio sobre agua no contabilizada entre Tarija y Cuenca")
                        .titleLanguage(
                            new TextLanguage(
                                "es",
                                Map.of(
                                    "en",
                                    "Non-revenue water exchange between Tarija and Cuenca",
                                    "fr",
                                    "Échange sur l’eau non facturée entre Tarija et Cuenca")))
                        .objectives("Compartir métodos de detección de fugas y de sectorización.")
                        // no translation: readers of English and French see it marked "(in
                        // Spanish)"
                        .objectivesLanguage(TextLanguage.of("es"))
                        .currency("USD")
                        .workingAreas(Set.of("NRW"))
                        .actualStart(PartialDate.ofYear(2014))
                        .build(),
                    List.of(
                        new Participant(
                            ops.get(7).id(), ParticipantRole.PEER, null, null, null, null),
                        new Participant(
                            ops.get(10).id(), ParticipantRole.PEER, null, null, null, null)),
                    List.of(),
                    null),
                PartnershipStatus.UNKNOWN,
                new RecordedHistory.Facts(false, null, null, PartialDate.ofYear(2016), null),
                List.of(),
                List.of(
                    new Result(
                        "Equipos de ambas empresas capacitados en sectorización de redes",
                        ResultKind.CAPACITY_CHANGE,
                        null,
                        "results[0]")),
                new Budget(
                    null,
                    null,
                    List.of(),
                    FundingType.SELF_FUNDED,
                    "Autofinanciado por las dos empresas; presupuesto desconocido")));
    publication.publish(tarija.id(), null, true, DEMO_CALLER);
  }
}
