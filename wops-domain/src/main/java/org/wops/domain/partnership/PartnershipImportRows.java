package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wops.domain.partnership.PartnershipImport.Outcome;
import org.wops.domain.partnership.PartnershipImport.Row;
import org.wops.domain.partnership.PartnershipImport.RowRefused;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.user.Viewer;

/**
 * One imported row, made through the partnership use cases: what {@link PartnershipImport} calls
 * for each row, inside its transaction ({@link #apply}) or in one of its own that is always rolled
 * back ({@link #trial}). Its own bean so that the transaction boundaries hold (a bean's call to
 * itself passes no interceptor).
 */
@ApplicationScoped
public class PartnershipImportRows {
  @Inject Proposals proposals;
  @Inject PartnershipEditing editing;
  @Inject AgreementAndLifecycle lifecycle;
  @Inject ResultsTracking results;
  @Inject PartnershipRepository repository;
  @Inject PartnershipAccess access;
  @Inject PartnershipWork work;

  /** Thrown at the end of a trial, so that its transaction is rolled back. */
  static final class Tried extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Outcome outcome;

    Tried(Outcome outcome) {
      super("tried; rolled back", null, false, false);
      this.outcome = outcome;
    }

    Outcome outcome() {
      return outcome;
    }
  }

  /** Makes the row in a transaction of its own and rolls it back ({@link Tried}) either way. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void trial(Viewer viewer, Row row, String actor) {
    throw new Tried(apply(viewer, row, actor));
  }

  /** Makes the row in the caller's transaction. */
  @Transactional
  public Outcome apply(Viewer viewer, Row row, String actor) {
    try {
      return row.id() == null ? create(viewer, row, actor) : update(viewer, row, actor);
    } catch (DomainRuleViolation v) {
      // every rule the row breaks, not only the first
      List<RowRefused> each =
          v.withOthers().stream()
              .map(
                  x ->
                      new RowRefused(
                          row.line(),
                          x.field() == null ? "row" : x.field(),
                          x.code(),
                          x.getMessage(),
                          false,
                          x.arguments()))
              .toList();
      throw each.get(0).alongWith(each.subList(1, each.size()));
    } catch (AccessDenied d) {
      throw new RowRefused(row.line(), "id", d.code(), d.getMessage(), true);
    } catch (NotFoundException | StaleVersionException e) {
      throw refused(row, "id", "not-found", e.getMessage());
    }
  }

  private Outcome create(Viewer viewer, Row row, String actor) {
    if (row.status() != null
        && row.status() != PartnershipStatus.IDENTIFIED
        && row.status() != PartnershipStatus.PROPOSED) {
      throw refused(
          row,
          "status",
          "import.new-status",
          "A new partnership starts IDENTIFIED or PROPOSED, not "
              + row.status()
              + ": import it as PROPOSED, then move it along its lifecycle.");
    }
    if (Boolean.TRUE.equals(row.published())) {
      throw publication(row);
    }
    Proposals.Identify identify =
        new Proposals.Identify(
            row.typeId(), row.details(), row.participants(), row.supporters(), Map.of());
    Partnership created =
        row.status() == PartnershipStatus.PROPOSED
            ? proposals.propose(viewer, new Proposals.Propose(identify, null, List.of()))
            : proposals.identify(viewer, identify);
    if (!row.budget().isEmpty()) {
      editing.replaceBudget(
          viewer, new PartnershipEditing.ReplaceBudget(created.id(), null, row.budget()));
    }
    if (row.results() != null && !row.results().isEmpty()) {
      results.replaceResults(
          viewer, new ResultsTracking.ReplaceResults(created.id(), null, row.results()));
    }
    if (row.sources() != null && !row.sources().isEmpty()) {
      editing.replaceSources(
          viewer, new PartnershipEditing.ReplaceSources(created.id(), null, row.sources()));
    }
    return Outcome.CREATED;
  }

  private Outcome update(Viewer viewer, Row given, String actor) {
    long id = given.id();
    Partnership p =
        repository
            .findById(id)
            .filter(x -> access.canRead(viewer, x))
            .orElseThrow(
                () ->
                    refused(
                        given,
                        "id",
                        "unknown-id",
                        "There is no partnership "
                            + id
                            + " (leave the id empty to create a new partnership)."));
    Row row = keepingWhatIsAbsent(given, p);
    if (row.typeId() != null && !row.typeId().equals(p.typeId())) {
      throw refused(
          row,
          "type",
          "import.type-fixed",
          "A partnership's type cannot change (partnership " + id + " is " + p.typeId() + ").");
    }
    if (row.published() != null && row.published() != p.published()) {
      throw publication(row);
    }
    boolean details =
        !same(p.details(), row.details())
            || row.details() != null
                && row.details().workingAreaLabels() != null
                && !row.details().workingAreaLabels().equals(p.workingAreaLabels());
    boolean participants = !sameParticipants(p.participants(), row.participants());
    boolean supporters = !sameSupporters(p.supporters(), row.supporters());
    boolean status = row.status() != null && row.status() != p.status();
    boolean budget = !p.budget().describe().equals(row.budget().describe());
    boolean resultsDiffer = row.results() != null && !row.results().equals(p.results());
    boolean sourcesDiffer = row.sources() != null && !row.sources().equals(p.sources());
    if (!(details
        || participants
        || supporters
        || status
        || budget
        || resultsDiffer
        || sourcesDiffer)) {
      return Outcome.UNCHANGED;
    }
    // an unchanged row asks nothing; a changed one, the right to change it
    if (!access.canEdit(viewer, p)) {
      throw new RowRefused(
          row.line(),
          "id",
          "access.partnership.edit",
          "You may not change partnership "
              + id
              + ": only its participants (their operator editors), its coordinators and the"
              + " secretariat may.",
          true);
    }
    if (row.version() == null) {
      // without the version it was exported at, an old file would silently undo later changes
      throw refused(
          row,
          "version",
          "import.version-required",
          "Partnership "
              + id
              + " changes only from a file that says which version it was exported at (the"
              + " version column, now "
              + p.version()
              + "): export it again and make the change there.");
    }
    if (row.version() != p.version()) {
      throw refused(
          row,
          "version",
          "import.changed-since-export",
          "Partnership "
              + id
              + " changed since it was exported (version "
              + row.version()
              + ", now "
              + p.version()
              + "): export it again and make the change there.");
    }
    work.asOneChange(
        viewer,
        id,
        "partnership.imported",
        "Imported from a file:",
        () -> {
          if (participants) {
            editing.replaceParticipants(
                viewer,
                new PartnershipEditing.ReplaceParticipants(
                    id, null, keepingTerms(p, row.participants())));
          }
          if (supporters) {
            editing.replaceSupporters(
                viewer, new PartnershipEditing.ReplaceSupporters(id, null, row.supporters()));
          }
          if (details) {
            editing.editDetails(
                viewer, new PartnershipEditing.EditDetails(id, null, row.details()));
          }
          if (budget) {
            editing.replaceBudget(
                viewer, new PartnershipEditing.ReplaceBudget(id, null, row.budget()));
          }
          if (resultsDiffer) {
            results.replaceResults(
                viewer, new ResultsTracking.ReplaceResults(id, null, row.results()));
          }
          if (sourcesDiffer) {
            editing.replaceSources(
                viewer, new PartnershipEditing.ReplaceSources(id, null, row.sources()));
          }
          if (status) {
            lifecycle.changeStatus(
                viewer, new AgreementAndLifecycle.ChangeStatus(id, null, row.status()));
          }
          return null;
        });
    return Outcome.UPDATED;
  }

  /** The row with what the file does not carry taken from the partnership as it is. */
  private static Row keepingWhatIsAbsent(Row row, Partnership p) {
    Set<String> absent = row.absent();
    if (absent.isEmpty()) {
      return row;
    }
    PartnershipDetails details = row.details().toBuilder().fieldsOf(p.details(), absent).build();
    List<Participant> participants =
        absent.contains("participants")
            ? p.participants()
            : row.participants().stream()
                .map(
                    x -> {
                      Participant before = p.participant(x.operatorId()).orElse(null);
                      return new Participant(
                          x.operatorId(),
                          x.role(),
                          absent.contains("cashContribution")
                              ? before == null ? null : before.cashContribution().orElse(null)
                              : x.cashContribution().orElse(null),
                          absent.contains("inKindContribution")
                              ? before == null ? null : before.inKindContribution().orElse(null)
                              : x.inKindContribution().orElse(null),
                          null,
                          null);
                    })
                .toList();
    List<SupportingOrganisation> supporters =
        absent.contains("supporters")
            ? p.supporters()
            : row.supporters().stream().map(x -> keepingWhatIsAbsent(x, p, absent)).toList();
    return new Row(
        row.line(),
        row.id(),
        row.version(),
        row.typeId(),
        row.status(),
        row.published(),
        details,
        participants,
        supporters,
        absent.contains("budget") ? p.budget() : row.budget(),
        Set.of(),
        row.results(),
        row.sources());
  }

  /**
   * The supporter with the contribution or role description the file lacks as they are (those of
   * the same organisation in the same role, or else in another role).
   */
  private static SupportingOrganisation keepingWhatIsAbsent(
      SupportingOrganisation x, Partnership p, Set<String> absent) {
    Optional<SupportingOrganisation> before =
        p.supporters().stream()
            .filter(b -> b.organisationId() == x.organisationId())
            .min(java.util.Comparator.comparing(b -> b.role() != x.role()));
    return new SupportingOrganisation(
        x.organisationId(),
        x.role(),
        (absent.contains("roleDescription")
                ? before.flatMap(SupportingOrganisation::roleDescription)
                : x.roleDescription())
            .orElse(null),
        (absent.contains("contribution")
                ? before.flatMap(SupportingOrganisation::contribution)
                : x.contribution())
            .orElse(null));
  }

  private static RowRefused publication(Row row) {
    return refused(
        row,
        "published",
        "import.publication",
        "An import neither publishes a profile nor takes it down: the secretariat publishes"
            + " (request publication on the WOP's profile). Leave the column as exported.");
  }

  private static RowRefused refused(Row row, String column, String rule, String message) {
    return new RowRefused(row.line(), column, rule, message, false);
  }

  /** The new participants, keeping the agreement terms the file does not carry. */
  private static List<Participant> keepingTerms(Partnership p, List<Participant> rows) {
    return rows.stream()
        .map(
            x ->
                p.participant(x.operatorId())
                    .map(
                        before ->
                            new Participant(
                                x.operatorId(),
                                x.role(),
                                x.cashContribution().orElse(null),
                                x.inKindContribution().orElse(null),
                                before.responsibilities().orElse(null),
                                before.interests().orElse(null)))
                    .orElse(x))
        .toList();
  }

  /** The stored details and the row's, once the row's are read the way the aggregate keeps them. */
  static boolean same(PartnershipDetails stored, PartnershipDetails row) {
    if (row == null) {
      return true;
    }
    return Objects.equals(stored.title(), text(row.title()))
        && Objects.equals(stored.objectives(), text(row.objectives()))
        && Objects.equals(stored.approach(), text(row.approach()))
        && Objects.equals(stored.expectedOutcomes(), text(row.expectedOutcomes()))
        && Objects.equals(
            stored.currency(),
            row.currency() == null ? null : row.currency().strip().toUpperCase(Locale.ROOT))
        && codes(stored.workingAreas()).equals(codes(row.workingAreas()))
        && (row.countries() == null
            || row.countries().isEmpty()
            || codes(stored.countries())
                .equals(
                    codes(
                        row.countries().stream()
                            .map(c -> c.toUpperCase(Locale.ROOT))
                            .collect(Collectors.toSet()))))
        && Objects.equals(stored.plannedStart(), row.plannedStart())
        && Objects.equals(stored.plannedEnd(), row.plannedEnd())
        && Objects.equals(stored.actualStart(), row.actualStart())
        && Objects.equals(stored.actualEnd(), row.actualEnd())
        && sameLanguage(stored.titleLanguage(), row.titleLanguage())
        && sameLanguage(stored.objectivesLanguage(), row.objectivesLanguage());
  }

  /**
   * The same declared language and translations, as the domain keeps them (codes in lower case,
   * texts stripped, a blank translation none): a file that only adds a translation, or declares
   * another language, changes the partnership.
   */
  static boolean sameLanguage(
      org.wops.domain.shared.TextLanguage stored, org.wops.domain.shared.TextLanguage row) {
    if (row == null) {
      return true;
    }
    if (row.translations().keySet().stream().anyMatch(k -> k == null || k.isBlank())) {
      return false; // a translation into no language: a change, which the domain then refuses
    }
    org.wops.domain.shared.TextLanguage kept =
        stored == null ? org.wops.domain.shared.TextLanguage.undeclared() : stored;
    return Objects.equals(code(kept.language()), code(row.language()))
        && translations(kept).equals(translations(row));
  }

  private static String code(String language) {
    return language == null || language.isBlank()
        ? null
        : language.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> translations(org.wops.domain.shared.TextLanguage l) {
    Map<String, String> m = new java.util.TreeMap<>();
    l.translations()
        .forEach(
            (k, v) -> {
              if (v != null && !v.isBlank()) {
                m.put(code(k), v.strip());
              }
            });
    return m;
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Set<String> codes(Set<String> s) {
    return s == null ? Set.of() : new TreeSet<>(s);
  }

  /** The same operators in the same roles with the same contributions, in any order. */
  static boolean sameParticipants(List<Participant> stored, List<Participant> row) {
    if (stored.size() != row.size()) {
      return false;
    }
    Map<Long, Participant> byOperator = new HashMap<>();
    stored.forEach(x -> byOperator.put(x.operatorId(), x));
    return row.stream()
        .allMatch(
            x -> {
              Participant s = byOperator.get(x.operatorId());
              return s != null
                  && s.role() == x.role()
                  && Amounts.same(
                      s.cashContribution().orElse(null), x.cashContribution().orElse(null))
                  && Amounts.same(
                      s.inKindContribution().orElse(null), x.inKindContribution().orElse(null));
            });
  }

  /**
   * The same organisations in the same roles (and role descriptions) with the same contributions,
   * in any order.
   */
  static boolean sameSupporters(
      List<SupportingOrganisation> stored, List<SupportingOrganisation> row) {
    if (stored.size() != row.size()) {
      return false;
    }
    return row.stream().allMatch(x -> stored.stream().anyMatch(s -> s.sameTermsAs(x)));
  }
}
