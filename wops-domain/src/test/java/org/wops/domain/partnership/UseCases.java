package org.wops.domain.partnership;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorDetails;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.LocalizedName;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingArea;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/**
 * The partnership use cases wired to in-memory stores, for unit tests that need no container: what
 * the runner stored, audited and fired is there to read. Stores keep the aggregate itself (as a JPA
 * persistence context does) and count a version up on every store.
 */
final class UseCases {
  static final Clock CLOCK = Clock.fixed(PartnershipFixtures.NOW.toInstant(), ZoneOffset.UTC);

  final Map<Long, Partnership> stored = new LinkedHashMap<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final List<DomainEvent> fired = new ArrayList<>();
  final Map<Long, Operator> operators = new HashMap<>();
  final Map<Long, Organisation> organisations = new HashMap<>();
  final Set<Long> endorsing = new HashSet<>();
  int stores;
  private long nextId = 100;

  /** The compliance each store kept beside its partnership, in order. */
  final List<Compliance> compliances = new ArrayList<>();

  final PartnershipAccess access = new PartnershipAccess();
  final PartnershipWork work;
  final PartnershipChecks checks;
  final PartnershipTypeRegistry types = PartnershipTypeRegistry.of(new DefaultWopType());

  UseCases() {
    PartnershipRepository repository =
        fake(
            PartnershipRepository.class,
            Map.of(
                "findById", a -> Optional.ofNullable(stored.get((Long) a[0])),
                "store", a -> store((Partnership) a[0], (Compliance) a[1]),
                "idsWithParticipant",
                    a ->
                        stored.values().stream()
                            .filter(p -> p.participant((Long) a[0]).isPresent())
                            .map(Partnership::id)
                            .toList(),
                "idsNotYetAgreed",
                    a ->
                        stored.values().stream()
                            .filter(p -> p.agreedCharterVersion().isEmpty())
                            .map(Partnership::id)
                            .toList()));
    this.repository = repository;
    access.partnerships = repository;
    CharterRepository charters =
        fake(
            CharterRepository.class,
            Map.of(
                "current", a -> Optional.empty(),
                "endorsers", a -> Set.copyOf(endorsing)));
    AuditTrail audit =
        fake(
            AuditTrail.class,
            Map.of(
                "record", a -> audited.add((AuditEntry) a[0]),
                "of", a -> audited.stream().filter(e -> a[0].equals(e.partnershipId())).toList()));
    this.audit = audit;
    Event<DomainEvent> events = events(fired);
    Event<PartnershipsChanged> changed = events(new ArrayList<>());
    work = new PartnershipWork(repository, access, charters, types, audit, events, changed, CLOCK);
    OperatorRepository operatorRepository =
        fake(
            OperatorRepository.class,
            Map.of("findById", a -> Optional.ofNullable(operators.get((Long) a[0]))));
    access.operators = operatorRepository;
    OrganisationRepository organisationRepository =
        fake(
            OrganisationRepository.class,
            Map.of("findById", a -> Optional.ofNullable(organisations.get((Long) a[0]))));
    WorkingArea nrw =
        new WorkingArea(
            "NRW",
            new LocalizedName("Non-revenue water", "Eau non facturée", "Agua no facturada"),
            1);
    Kpi nrwPct = new Kpi("NRW_PCT", new LocalizedName("NRW", "ENF", "ANF"), "%");
    ReferenceData reference =
        fake(
            ReferenceData.class,
            Map.of(
                "workingArea", a -> "NRW".equals(a[0]) ? Optional.of(nrw) : Optional.empty(),
                "kpi", a -> "NRW_PCT".equals(a[0]) ? Optional.of(nrwPct) : Optional.empty(),
                "capacityDimension", a -> Optional.empty()));
    labelStore = new InMemoryLabels();
    labels = new org.wops.domain.reference.WorkingAreaLabels(labelStore, reference, CLOCK);
    checks = new PartnershipChecks(operatorRepository, organisationRepository, reference, labels);
    this.reference = reference;
  }

  /** The secretariat's mappings of source labels, in memory, with their audit trail. */
  static final class InMemoryLabels implements org.wops.domain.reference.LabelMappingStore {
    final Map<String, org.wops.domain.reference.LabelMapping> mappings = new java.util.TreeMap<>();
    final List<String> audited = new ArrayList<>();

    @Override
    public Optional<org.wops.domain.reference.LabelMapping> find(String normalised) {
      return Optional.ofNullable(mappings.get(normalised));
    }

    @Override
    public void add(org.wops.domain.reference.LabelMapping mapping) {
      mappings.put(mapping.normalised(), mapping);
    }

    @Override
    public List<org.wops.domain.reference.LabelMapping> all() {
      return List.copyOf(mappings.values());
    }

    @Override
    public void audit(String normalised, String fromCode, String toCode, String actor) {
      audited.add(normalised + ": " + fromCode + " -> " + toCode + " by " + actor);
    }
  }

  final InMemoryLabels labelStore;
  final org.wops.domain.reference.WorkingAreaLabels labels;
  final ReferenceData reference;
  private final PartnershipRepository repository;
  private final AuditTrail audit;

  /** Registers an operator under this id. */
  Operator operator(long id, String name, String country) {
    Operator o =
        new Operator(
            new OperatorDetails(
                name,
                null,
                OperatorKind.UTILITY,
                CountryCode.of(country),
                "Hauptstadt",
                ServiceScope.WATER_AND_SANITATION,
                Ownership.PUBLIC),
            PartnershipFixtures.NOW);
    setField(o, "id", id);
    operators.put(id, o);
    return o;
  }

  /** Registers an organisation under this id. */
  Organisation organisation(long id, String name, OrganisationKind kind) {
    Organisation o = new Organisation(name, null, kind, null, PartnershipFixtures.NOW);
    setField(o, "id", id);
    organisations.put(id, o);
    return o;
  }

  /** A partnership already stored, as a use case would find it. */
  Partnership keep(Partnership p) {
    return store(p, new Compliance(false, List.of()));
  }

  Proposals proposals() {
    return new Proposals(work, access, checks, types, CLOCK);
  }

  PartnershipEditing editing() {
    return new PartnershipEditing(work, checks, types);
  }

  AgreementAndLifecycle lifecycle() {
    return new AgreementAndLifecycle(work);
  }

  MilestonePlanning milestones() {
    return new MilestonePlanning(work, access, types, CLOCK);
  }

  WorkPlanning workPlan() {
    return new WorkPlanning(work, checks);
  }

  ResultsTracking results() {
    return new ResultsTracking(work, reference);
  }

  PublicationService publication() {
    PartnershipRepository repository =
        fake(PartnershipRepository.class, Map.of("publicationRequested", a -> List.of()));
    return new PublicationService(work, repository);
  }

  PartnershipReads reads() {
    return new PartnershipReads(repository, access, work, audit, CLOCK);
  }

  ComplianceFollowUp complianceFollowUp() {
    return new ComplianceFollowUp(repository, work);
  }

  RecordCorrections corrections() {
    return new RecordCorrections(work, access);
  }

  ContributionService contributions() {
    return new ContributionService(work);
  }

  List<String> actions() {
    return audited.stream().map(AuditEntry::action).toList();
  }

  static Viewer editorOf(long operatorId) {
    return new Viewer(
        "editeur-" + operatorId, Set.of(Role.OPERATOR_EDITOR), Set.of(operatorId), Set.of());
  }

  static Viewer coordinatorOf(long organisationId) {
    return new Viewer(
        "coordination-" + organisationId,
        Set.of(Role.COORDINATOR),
        Set.of(),
        Set.of(organisationId));
  }

  static Viewer admin() {
    return new Viewer("secretariat", Set.of(Role.ADMIN), Set.of(), Set.of());
  }

  private Partnership store(Partnership p, Compliance compliance) {
    stores++;
    compliances.add(compliance);
    if (p.id() == null) {
      setField(p, "id", nextId++);
    } else {
      setField(p, "version", p.version() + 1);
    }
    stored.put(p.id(), p);
    return p;
  }

  @SuppressWarnings("unchecked")
  private static <T> Event<T> events(List<? super T> into) {
    return fake(
        Event.class,
        Map.of(
            "fire",
            a -> {
              into.add((T) a[0]);
              return null;
            }));
  }

  /** An interface whose named methods do what the map says; any other call is a test error. */
  @SuppressWarnings("unchecked")
  static <T> T fake(Class<?> type, Map<String, Function<Object[], Object>> methods) {
    return (T)
        Proxy.newProxyInstance(
            UseCases.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object[], Object> f = methods.get(method.getName());
              if (f == null) {
                if (method.getName().equals("toString")) {
                  return "fake " + type.getSimpleName();
                }
                throw new UnsupportedOperationException(
                    type.getSimpleName() + "." + method.getName());
              }
              Object result = f.apply(args);
              return method.getReturnType() == void.class ? null : result;
            });
  }

  static void setField(Object target, String name, Object value) {
    try {
      Class<?> c = target.getClass();
      while (c != null) {
        try {
          Field f = c.getDeclaredField(name);
          f.setAccessible(true);
          f.set(target, value);
          return;
        } catch (NoSuchFieldException e) {
          c = c.getSuperclass();
        }
      }
      throw new IllegalArgumentException("no field " + name);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
