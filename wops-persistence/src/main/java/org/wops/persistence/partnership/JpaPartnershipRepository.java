package org.wops.persistence.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.MilestoneDue;
import org.wops.domain.partnership.MilestoneStatus;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipListing;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.partnership.PartnershipStamp;
import org.wops.domain.partnership.PartnershipStatistics;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.persistence.schema.DatabaseMigrator;
import org.wops.persistence.schema.Store;

/**
 * Partnerships kept through JPA. Listings read {@link PartnershipSummary} projections in one query
 * (no entity, no collection loaded, no N+1) and count in SQL; filters on collections are {@code
 * EXISTS} subqueries served by the indexes of migration V2. Text search reads the stored search
 * text of migration V14 ({@link SearchText}): whole words through PostgreSQL's full-text index
 * ({@code LIKE '% word %'} on the embedded H2), then parts of words with {@code LIKE}. Every value
 * is a bound parameter.
 */
@ApplicationScoped
public class JpaPartnershipRepository implements PartnershipRepository {
  private static final List<PartnershipStatus> OPEN =
      List.of(
          PartnershipStatus.IDENTIFIED,
          PartnershipStatus.PROPOSED,
          PartnershipStatus.AGREED,
          PartnershipStatus.ACTIVE,
          PartnershipStatus.SUSPENDED);

  /** The most values one {@code in} list binds (PostgreSQL takes at most 32,767 per statement). */
  private static final int IN_LIST_MAX = 1_000;

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject DatabaseMigrator database;

  @Inject SearchTexts searchTexts;

  @Inject FilterColumns filterColumns;

  @Override
  public Partnership store(Partnership partnership, Compliance compliance) {
    Partnership kept = Store.keep(em, partnership, partnership.id() == null);
    searchTexts.ofPartnership(kept.id());
    filterColumns.write(kept.id(), kept.countries(), compliance.compliant());
    return kept;
  }

  @Override
  public Set<Long> compliantAmong(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    Set<Long> compliant = new HashSet<>();
    for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_MAX));
      compliant.addAll(
          em.createQuery(
                  "select p.id from Partnership p where p.id in :ids"
                      + " and column('charter_compliant', p) = true",
                  Long.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return compliant;
  }

  @Override
  public Optional<PartnershipStamp> stamp(long id) {
    return em.createQuery(
            "select new org.wops.domain.partnership.PartnershipStamp(p.id, p.version, p.published)"
                + " from Partnership p where p.id = :id",
            PartnershipStamp.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Partnership> findById(long id) {
    return Optional.ofNullable(em.find(Partnership.class, id));
  }

  @Override
  public java.util.Map<String, org.wops.domain.partnership.IatiImported> importedFromIati(
      java.util.Collection<String> identifiers) {
    java.util.Map<String, org.wops.domain.partnership.IatiImported> found =
        new java.util.HashMap<>();
    if (identifiers.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createQuery(
                "select p.iatiIdentifier, p.id, p.version, p.iatiDigest from Partnership p"
                    + " where p.iatiIdentifier in :identifiers",
                Object[].class)
            .setParameter("identifiers", List.copyOf(identifiers))
            .getResultList();
    for (Object[] r : rows) {
      found.put(
          (String) r[0],
          new org.wops.domain.partnership.IatiImported(
              (String) r[0],
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              r[3] == null ? "" : (String) r[3]));
    }
    return found;
  }

  @Override
  public List<Partnership> publicationRequested() {
    return em.createQuery(
            "select p from Partnership p where p.publication.state = :requested"
                + " order by p.publication.requestedAt, p.id",
            Partnership.class)
        .setParameter("requested", org.wops.domain.partnership.PublicationRequest.State.REQUESTED)
        .getResultList();
  }

  @Override
  public List<Partnership> published() {
    return em.createQuery(
            "select p from Partnership p where p.published = true order by p.createdAt desc, p.id desc",
            Partnership.class)
        .getResultList();
  }

  @Override
  public Page<PartnershipSummary> search(PartnershipCriteria criteria, PageRequest page) {
    Listing listing = listing(criteria);
    if (!page.counted()) {
      // one row more than the page says whether another page follows; the page shows its total
      // only when it is the last
      List<PartnershipSummary> rows = listing.rows(page.offset(), page.size() + 1);
      if (rows.size() > page.size()) {
        return Page.uncounted(
            withParticipantCounts(rows.subList(0, page.size())), page.page(), page.size());
      }
      if (rows.isEmpty() && page.offset() > 0) {
        // past the end: how far, only a count would say
        return new Page<>(List.of(), page.page(), page.size(), Page.UNCOUNTED, false);
      }
      return new Page<>(
          withParticipantCounts(rows),
          page.page(),
          page.size(),
          (long) page.offset() + rows.size());
    }
    List<PartnershipSummary> items = listing.rows(page.offset(), page.size());
    if (page.offset() == 0 && items.size() < page.size()) {
      // the first page holds every match: no count needed
      return new Page<>(withParticipantCounts(items), page.page(), page.size(), items.size());
    }
    long counted = listing.count(COUNT_LIMIT + 1);
    boolean exact = counted <= COUNT_LIMIT;
    long total = exact ? counted : Math.max(COUNT_LIMIT, (long) page.offset() + items.size());
    return new Page<>(withParticipantCounts(items), page.page(), page.size(), total, exact);
  }

  /**
   * The matches of a search, in the order asked for; with a text, the partnerships where every word
   * of the text is a whole word come first, then those where the text is only part of a word
   * ("Wasa": WASA's partnerships before MWAUWASA's). Each part is one query walking the sort order,
   * so a page of whole-word matches never waits for the (unindexed) substring search.
   */
  private Listing listing(PartnershipCriteria criteria) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(criteria, parameters);
    List<String> words = criteria.text() == null ? List.of() : SearchText.words(criteria.text());
    if (words.isEmpty()) {
      return new Listing(List.of(where), parameters, criteria.sort());
    }
    String whole = wholeWords(words, parameters);
    String part = partOfWord(words, parameters);
    return new Listing(
        List.of(and(where, whole), and(where, part + " and not (" + whole + ")")),
        parameters,
        criteria.sort());
  }

  private static String and(String where, String condition) {
    return where.isEmpty() ? " where " + condition : where + " and " + condition;
  }

  /** Every word of the text is a whole word of the search text. */
  private String wholeWords(List<String> words, Map<String, Object> parameters) {
    if (database.isPostgresql()) {
      // the stored words of migration V14 (an unmapped column), served by its GIN index
      parameters.put("words", String.join(" ", words));
      return "sql('? @@ plainto_tsquery(''simple'', ?)', column('search_vector', p), :words)";
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      parameters.put("word" + i, "% " + words.get(i) + " %");
      each.add("column('search_text', p) like :word" + i);
    }
    return "(" + String.join(" and ", each) + ")";
  }

  /** The text, as written, is part of the search text (inside a word too). */
  private static String partOfWord(List<String> words, Map<String, Object> parameters) {
    parameters.put("part", "%" + String.join(" ", words) + "%");
    return "column('search_text', p) like :part";
  }

  /** The parts of a listing: each part's matches follow all of the previous part's. */
  private final class Listing {
    private final List<String> parts;
    private final Map<String, Object> parameters;
    private final PartnershipCriteria.Sort sort;

    Listing(List<String> parts, Map<String, Object> parameters, PartnershipCriteria.Sort sort) {
      this.parts = parts;
      this.parameters = parameters;
      this.sort = sort;
    }

    List<PartnershipSummary> rows(int offset, int max) {
      List<PartnershipSummary> rows = new ArrayList<>();
      long before = 0; // matches of the parts already read
      for (String where : parts) {
        if (rows.size() >= max) {
          break;
        }
        int skip = (int) Math.max(0, offset - before);
        List<PartnershipSummary> found = page(where, skip, max - rows.size());
        rows.addAll(found);
        if (found.isEmpty() && skip > 0) {
          before += count(where, skip); // fewer than skip: the offset lies beyond this part
        } else {
          before += skip + found.size();
        }
      }
      return rows;
    }

    /** The number of matches, counted up to {@code limit}. */
    long count(int limit) {
      long counted = 0;
      for (String where : parts) {
        if (counted >= limit) {
          break;
        }
        counted += count(where, (int) (limit - counted));
      }
      return counted;
    }

    private List<PartnershipSummary> page(String where, int offset, int max) {
      TypedQuery<PartnershipSummary> query =
          em.createQuery(
              "select new org.wops.domain.partnership.PartnershipSummary(p.id, p.title, p.typeId,"
                  + " p.status, p.published, p.currency, p.plannedStart, p.plannedStartPrecision,"
                  + " p.plannedEnd, p.plannedEndPrecision, 0)"
                  + " from Partnership p"
                  + where
                  + orderBy(sort),
              PartnershipSummary.class);
      bind(query, where);
      return query.setFirstResult(offset).setMaxResults(max).getResultList();
    }

    /**
     * The number of matches, counted up to {@code limit}: the database stops after that many ids
     * instead of visiting every match of a broad search.
     */
    private long count(String where, int limit) {
      TypedQuery<Long> ids = em.createQuery("select p.id from Partnership p" + where, Long.class);
      bind(ids, where);
      return ids.setMaxResults(limit).getResultList().size();
    }

    /** Every value a bound parameter: those of this part (the parts share the filters'). */
    private void bind(TypedQuery<?> query, String where) {
      for (jakarta.persistence.Parameter<?> declared : query.getParameters()) {
        query.setParameter(declared.getName(), parameters.get(declared.getName()));
      }
    }
  }

  /**
   * The number of participants of the page's partnerships, in one grouped query over the page's ids
   * (JPQL's size() would group the whole listing before the page is cut).
   */
  private List<PartnershipSummary> withParticipantCounts(List<PartnershipSummary> items) {
    if (items.isEmpty()) {
      return items;
    }
    Map<Long, Integer> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.id, count(x.operatorId) from Partnership p join p.participants x"
                    + " where p.id in :ids group by p.id",
                Object[].class)
            .setParameter("ids", items.stream().map(PartnershipSummary::id).toList())
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return items.stream()
        .map(
            s ->
                new PartnershipSummary(
                    s.id(),
                    s.title(),
                    s.typeId(),
                    s.status(),
                    s.published(),
                    s.currency(),
                    s.plannedStart(),
                    s.plannedEnd(),
                    counts.getOrDefault(s.id(), 0)))
        .toList();
  }

  private String where(PartnershipCriteria c, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (!c.statuses().isEmpty()) {
      conditions.add("p.status in :statuses");
      parameters.put("statuses", List.copyOf(c.statuses()));
    }
    if (c.typeId() != null) {
      conditions.add("p.typeId = :typeId");
      parameters.put("typeId", c.typeId());
    }
    if (c.published() != null) {
      conditions.add("p.published = :published");
      parameters.put("published", c.published());
    }
    if (c.charterCompliant() != null) {
      conditions.add("column('charter_compliant', p) = :compliant");
      parameters.put("compliant", c.charterCompliant());
    }
    if (c.country() != null) {
      conditions.add(
          "sql('exists (select 1 from partnership_countries k where k.partnership_id = ?"
              + " and k.country_code = ?)', p.id, :country)");
      parameters.put("country", c.country().toUpperCase(Locale.ROOT));
    }
    if (c.region() != null) {
      // the regions stored on the row (FilterColumns), not a join to the countries
      conditions.add("column('regions', p) like :region");
      parameters.put("region", "%" + FilterColumns.regionToken(c.region()) + "%");
    }
    if (c.workingArea() != null) {
      conditions.add(
          "sql('exists (select 1 from partnership_working_areas w where w.partnership_id = ?"
              + " and w.working_area = ?)', p.id, :area)");
      parameters.put("area", c.workingArea());
    }
    // Embeddable collections cannot be the root of a JPQL subquery in EclipseLink, and a join back
    // to
    // Partnership makes PostgreSQL scan it whole: these filters are SQL EXISTS on the collection
    // tables, served by their (id, partnership_id) indexes of migration V2.
    if (c.operatorId() != null) {
      conditions.add(hasParticipant(List.of(c.operatorId()), parameters));
    }
    if (c.funderId() != null) {
      conditions.add(hasSupporter(List.of(c.funderId()), true, parameters));
    }
    if (c.year() != null) {
      // the planned period touches the year (an open end runs on)
      conditions.add(
          "p.plannedStart is not null and p.plannedStart <= :yearEnd"
              + " and (p.plannedEnd is null or p.plannedEnd >= :yearStart)");
      parameters.put("yearStart", LocalDate.of(c.year(), 1, 1));
      parameters.put("yearEnd", LocalDate.of(c.year(), 12, 31));
    }
    if (c.visibility() != null) {
      PartnershipCriteria.Visibility v = c.visibility();
      List<String> visible = new ArrayList<>();
      if (v.includePublished()) {
        visible.add("p.published = true");
      }
      if (!v.participantOperators().isEmpty()) {
        visible.add(hasParticipant(v.participantOperators(), parameters));
      }
      if (!v.supportingOrganisations().isEmpty()) {
        visible.add(hasSupporter(v.supportingOrganisations(), false, parameters));
      }
      if (!v.fundingOrganisations().isEmpty()) {
        visible.add(hasSupporter(v.fundingOrganisations(), true, parameters));
      }
      // involved in nothing, and not shown the published ones: nothing
      conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The partnership has one of these operators among its participants (each a bound value). */
  private static String hasParticipant(
      java.util.Collection<Long> operatorIds, Map<String, Object> parameters) {
    return "sql('exists (select 1 from partnership_participants x where x.partnership_id = ?"
        + " and x.operator_id in ("
        + placeholders(operatorIds.size())
        + "))', p.id, "
        + bound("operator", operatorIds, parameters)
        + ")";
  }

  /** One of these organisations supports the partnership (as FUNDER, when asked). */
  private static String hasSupporter(
      java.util.Collection<Long> organisationIds, boolean funding, Map<String, Object> parameters) {
    String prefix = funding ? "funder" : "supporter";
    if (funding) {
      parameters.put("funderRole", SupporterRole.FUNDER.name());
    }
    return "sql('exists (select 1 from partnership_supporters s where s.partnership_id = ?"
        + " and s.organisation_id in ("
        + placeholders(organisationIds.size())
        + ")"
        + (funding ? " and s.role = ?" : "")
        + ")', p.id, "
        + bound(prefix, organisationIds, parameters)
        + (funding ? ", :funderRole" : "")
        + ")";
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** Binds each id as its own parameter, {@code :prefix0, :prefix1...}, sorted (one statement). */
  private static String bound(
      String prefix, java.util.Collection<Long> ids, Map<String, Object> parameters) {
    List<Long> sorted = ids.stream().sorted().toList();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String name = prefix + parameters.size() + "x" + i;
      parameters.put(name, sorted.get(i));
      names.add(":" + name);
    }
    return String.join(", ", names);
  }

  private static String orderBy(PartnershipCriteria.Sort sort) {
    return switch (sort) {
      case TITLE -> " order by p.title, p.id";
      case NEWEST -> " order by p.createdAt desc, p.id desc";
      case PLANNED_START -> " order by p.plannedStart, p.id";
    };
  }

  @Override
  public List<Partnership> list(PartnershipCriteria criteria, int max) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(criteria, parameters);
    List<String> words = criteria.text() == null ? List.of() : SearchText.words(criteria.text());
    if (!words.isEmpty()) {
      where =
          and(
              where,
              "(" + wholeWords(words, parameters) + " or " + partOfWord(words, parameters) + ")");
    }
    TypedQuery<Partnership> query =
        em.createQuery(
            "select p from Partnership p" + where + orderBy(criteria.sort()), Partnership.class);
    parameters.forEach(query::setParameter);
    return withCollections(query).setMaxResults(max).getResultList();
  }

  /**
   * The collections a list's readers walk (the dashboard every milestone, an export every part),
   * each read for the whole list in one more query — {@code where partnership_id in (…)}, bound —
   * the first time any of its partnerships touches it, rather than once per partnership.
   */
  private static final List<String> LISTED_COLLECTIONS =
      List.of(
          "p.participants",
          "p.supporters",
          "p.workingAreas",
          "p.workingAreaLabels",
          "p.countries",
          "p.translations",
          "p.milestones",
          "p.signatures",
          "p.budgetLines",
          "p.costLines",
          "p.sources",
          "p.results",
          "p.activities",
          "p.outputs",
          "p.indicators",
          "p.assessments");

  private static TypedQuery<Partnership> withCollections(TypedQuery<Partnership> query) {
    query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
    for (String collection : LISTED_COLLECTIONS) {
      query.setHint(QueryHints.BATCH, collection);
    }
    return query;
  }

  @Override
  public List<Long> idsWithParticipant(long operatorId) {
    return em.createQuery(
            "select distinct p.id from Partnership p join p.participants x where x.operatorId = :o",
            Long.class)
        .setParameter("o", operatorId)
        .getResultList();
  }

  @Override
  public List<Long> idsNotYetAgreed() {
    return em.createQuery(
            "select p.id from Partnership p where p.agreedCharterVersion is null", Long.class)
        .getResultList();
  }

  @Override
  public Map<PartnershipStatus, Long> countByStatus() {
    Map<PartnershipStatus, Long> counts = new EnumMap<>(PartnershipStatus.class);
    for (PartnershipStatus s : PartnershipStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select p.status, count(p) from Partnership p group by p.status", Object[].class)
            .getResultList()) {
      counts.put((PartnershipStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public PartnershipStatistics statistics(boolean publishedOnly, LocalDate today) {
    String only = publishedOnly ? " and p.published = true" : "";
    String where = " where 1 = 1" + only;
    long total =
        em.createQuery("select count(p) from Partnership p" + where, Long.class).getSingleResult();
    Map<PartnershipStatus, Long> byStatus = new EnumMap<>(PartnershipStatus.class);
    for (PartnershipStatus s : PartnershipStatus.values()) {
      byStatus.put(s, 0L);
    }
    for (Object[] row :
        rows("select p.status, count(p) from Partnership p" + where + " group by p.status")) {
      byStatus.put((PartnershipStatus) row[0], (Long) row[1]);
    }
    Map<String, Long> byType = new TreeMap<>();
    for (Object[] row :
        rows("select p.typeId, count(p) from Partnership p" + where + " group by p.typeId")) {
      byType.put((String) row[0], (Long) row[1]);
    }
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Object[] row :
        rows(
            "select extract(year from p.plannedStart), count(p) from Partnership p"
                + where
                + " and p.plannedStart is not null group by extract(year from p.plannedStart)")) {
      byYear.put(((Number) row[0]).intValue(), (Long) row[1]);
    }
    Map<String, Long> byArea = new TreeMap<>();
    for (Object[] row :
        rows(
            "select w, count(p) from Partnership p join p.workingAreas w"
                + where
                + " group by w")) {
      byArea.put((String) row[0], (Long) row[1]);
    }
    Map<String, Long> byRegion = new TreeMap<>();
    for (Object[] row :
        rows(
            "select r.region, count(distinct p.id) from Partnership p join p.countries k,"
                + " CountryRegion r"
                + where
                + " and r.code = k group by r.region")) {
      byRegion.put(String.valueOf(row[0]), (Long) row[1]);
    }
    long operators =
        em.createQuery(
                "select count(distinct x.operatorId) from Partnership p join p.participants x"
                    + where,
                Long.class)
            .getSingleResult();
    long countries =
        em.createQuery(
                "select count(distinct c) from Partnership p join p.countries c" + where,
                Long.class)
            .getSingleResult();
    List<PartnershipStatistics.Funds> funds = new ArrayList<>();
    for (Object[] row :
        rows(
            "select p.currency, sum(x.cashContribution), sum(x.inKindContribution) from Partnership p"
                + " join p.participants x"
                + where
                // an operator's contribution counts once that operator signed the agreement that
                // states it (a changed amount withdraws the signature), or when the secretariat or
                // a coordinator recorded it from the evidence: no editor puts another's money in
                + " and (p.history.recorded = true or exists (select g from Partnership q join"
                + " q.signatures g where q = p and g.operatorId = x.operatorId))"
                + " group by p.currency order by p.currency")) {
      funds.add(
          new PartnershipStatistics.Funds(
              "OPERATORS_CASH", (String) row[0], (java.math.BigDecimal) row[1]));
      funds.add(
          new PartnershipStatistics.Funds(
              "OPERATORS_IN_KIND", (String) row[0], (java.math.BigDecimal) row[2]));
    }
    for (Object[] row :
        rows(
            "select o.kind, p.currency, sum(s.contribution) from Partnership p join p.supporters s,"
                + " org.wops.domain.organisation.Organisation o where o.id = s.organisationId"
                // a contribution counts once its organisation (or the secretariat) confirmed it
                + " and s.confirmedAt is not null"
                + only
                + " group by o.kind, p.currency order by o.kind, p.currency")) {
      funds.add(
          new PartnershipStatistics.Funds(
              String.valueOf(row[0]), (String) row[1], (java.math.BigDecimal) row[2]));
    }
    long dueSoon = milestoneCount(only, "m.dueBy between :a and :b", today, today.plusDays(30));
    long overdue = milestoneCount(only, "m.dueBy < :a and :b = :b", today, today);
    return new PartnershipStatistics(
        total, byStatus, byType, byYear, byArea, byRegion, operators, countries, funds, dueSoon,
        overdue);
  }

  private List<Object[]> rows(String jpql) {
    return em.createQuery(jpql, Object[].class).getResultList();
  }

  private long milestoneCount(String only, String dates, LocalDate a, LocalDate b) {
    return em.createQuery(
            "select count(m) from Milestone m join m.partnership p where m.status = :planned and p.status in :open"
                + only
                + " and "
                + dates,
            Long.class)
        .setParameter("planned", MilestoneStatus.PLANNED)
        .setParameter("open", OPEN)
        .setParameter("a", a)
        .setParameter("b", b)
        .getSingleResult();
  }

  @Override
  public List<MilestoneDue> milestonesDueBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select new org.wops.domain.partnership.MilestoneDue(p.id, p.title, m.id, m.title,"
                + " m.plannedDate, m.plannedPrecision)"
                + " from Milestone m join m.partnership p"
                // due by the last day of its planned period: "2027-06" counts to 30 June 2027
                + " where m.status = :planned and m.dueBy between :from and :to and p.status in :open"
                + " order by m.dueBy, m.plannedDate, m.id",
            MilestoneDue.class)
        .setParameter("planned", MilestoneStatus.PLANNED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("open", OPEN)
        .getResultList();
  }

  @Override
  public Map<Long, PartnershipListing> listings(java.util.Collection<Long> ids) {
    List<Long> wanted = List.copyOf(ids);
    Map<Long, List<String>> partners = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.id, o.name from Partnership p join p.participants x, Operator o"
                    + " where o.id = x.operatorId and p.id in :ids order by p.id, o.name",
                Object[].class)
            .setParameter("ids", wanted)
            .getResultList()) {
      partners.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    Map<Long, List<String>> countries = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.id, c from Partnership p join p.countries c where p.id in :ids"
                    + " order by p.id, c",
                Object[].class)
            .setParameter("ids", wanted)
            .getResultList()) {
      countries.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    Map<Long, String> languages = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.id, p.titleLanguage from Partnership p where p.id in :ids"
                    + " and p.titleLanguage is not null",
                Object[].class)
            .setParameter("ids", wanted)
            .getResultList()) {
      languages.put((Long) row[0], (String) row[1]);
    }
    Map<Long, Map<String, String>> translations = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.id, t.language, t.text from Partnership p join p.translations t"
                    + " where p.id in :ids and t.field = :field",
                Object[].class)
            .setParameter("ids", wanted)
            .setParameter("field", "title")
            .getResultList()) {
      translations
          .computeIfAbsent((Long) row[0], k -> new java.util.TreeMap<>())
          .put((String) row[1], (String) row[2]);
    }
    Map<Long, PartnershipListing> listings = new HashMap<>();
    for (Long id : wanted) {
      listings.put(
          id,
          new PartnershipListing(
              partners.getOrDefault(id, List.of()),
              countries.getOrDefault(id, List.of()),
              new org.wops.domain.shared.TextLanguage(
                  languages.get(id), translations.getOrDefault(id, Map.of()))));
    }
    return listings;
  }
}
