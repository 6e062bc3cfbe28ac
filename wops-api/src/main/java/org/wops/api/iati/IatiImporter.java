package org.wops.api.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wops.api.iati.IatiActivity.KnownOperator;
import org.wops.api.iati.IatiActivity.KnownOrganisation;
import org.wops.domain.operator.LikelySameOperator;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.OtherName;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.IatiImported;
import org.wops.domain.partnership.IatiImports;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingArea;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Viewer;

/**
 * Runs an IATI import for the API and the secretariat's page: maps every activity of a file against
 * the registered operators, organisations and working areas, asks the domain what each would do
 * (tried and rolled back), and, unless it is a preview, records the new ones (all or nothing, or
 * the valid ones when asked). The report lists each activity with what maps, its likely duplicate
 * operators, what does not map, its refusals and whether it is new, unchanged or changed.
 */
@ApplicationScoped
public class IatiImporter {
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject ReferenceData reference;
  @Inject IatiImports imports;
  @Inject IatiFetch fetch;
  @Inject IatiExport export;

  /** The report: each activity, the counts, and whether a refusal stopped the import. */
  public record Report(
      List<Map<String, Object>> activities, Map<String, Object> counts, boolean refused) {}

  /** Reads an uploaded file ({@code field} names it in refusals) and runs the import. */
  public Report run(
      Viewer caller,
      java.io.InputStream file,
      String field,
      IatiImportInput choices,
      boolean dryRun,
      boolean skipInvalid) {
    return run(caller, IatiActivityReader.read(file, field), null, choices, dryRun, skipInvalid);
  }

  /** Fetches the file at a URL and runs the import. */
  public Report runUrl(
      Viewer caller, String url, IatiImportInput choices, boolean dryRun, boolean skipInvalid) {
    return run(caller, fetch.fetch(url), url.strip(), choices, dryRun, skipInvalid);
  }

  Report run(
      Viewer caller,
      IatiActivityReader.File file,
      String source,
      IatiImportInput choices,
      boolean dryRun,
      boolean skipInvalid) {
    IatiActivity.Registry registry = registry(choices == null ? new IatiImportInput() : choices);
    List<IatiMapping.Mapped> mapped = map(file, registry, source);
    Set<String> identifiers =
        mapped.stream()
            .map(IatiMapping.Mapped::identifier)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, IatiImported> imported = new HashMap<>(imports.importedAmong(identifiers));
    IatiRemembered remembered = IatiRemembered.of(mapped, imported, imports);
    if (!remembered.isEmpty()) {
      // the file was imported before: what the secretariat chose then is chosen again
      registry = registry.remembering(remembered.operators(), remembered.roles());
      mapped = map(file, registry, source);
    }
    List<IatiImports.Item> items = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    Set<String> own = new java.util.HashSet<>();
    Set<String> ownUnknown = new java.util.HashSet<>();
    for (IatiMapping.Mapped m : mapped) {
      if (m.identifier() != null && !seen.add(m.identifier())) {
        m.errors()
            .add(
                error(
                    "iati-identifier",
                    "iati.identifier.repeated",
                    "The file holds the activity " + m.identifier() + " more than once.",
                    m.identifier()));
        continue;
      }
      java.util.Optional<Long> ownId = export.ownId(m.identifier());
      if (ownId.isPresent()) {
        // the platform's own identifier names the partnership itself: never recorded again
        own.add(m.identifier());
        imported.remove(m.identifier());
        var p = imports.find(ownId.get());
        if (p.isPresent()) {
          imported.put(
              m.identifier(),
              new IatiImported(
                  m.identifier(), p.get().id(), p.get().version(), export.digest(p.get())));
        } else {
          ownUnknown.add(m.identifier());
          m.errors()
              .add(
                  error(
                      "iati-identifier",
                      "iati.identifier.own-unknown",
                      "The identifier "
                          + m.identifier()
                          + " is the platform's own, but names partnership "
                          + ownId.get()
                          + ", which does not exist: an activity of the platform's export is"
                          + " never recorded as a new WOP.",
                      m.identifier(),
                      ownId.get()));
        }
      } else if (m.item() != null) {
        items.add(m.item());
      }
    }
    Set<String> confirmed =
        choices == null || choices.confirmNew == null ? Set.of() : Set.copyOf(choices.confirmNew);
    Map<String, IatiImports.Done> done = new HashMap<>();
    for (IatiImports.Done d : imports.check(caller, items)) {
      done.put(d.identifier(), d);
    }
    List<Map<String, Object>> activities = new ArrayList<>();
    List<IatiImports.Item> storable = new ArrayList<>();
    boolean anyRefused = false;
    int news = 0;
    int unchanged = 0;
    int changed = 0;
    int refused = 0;
    for (IatiMapping.Mapped m : mapped) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("identifier", m.identifier());
      a.put("line", m.line());
      IatiImported before = m.identifier() == null ? null : imported.get(m.identifier());
      IatiImports.Done d = m.identifier() == null ? null : done.get(m.identifier());
      String outcome;
      if (before != null) {
        outcome = before.digest().equals(m.digest()) ? "UNCHANGED" : "CHANGED";
        a.put("partnershipId", before.partnershipId());
        // an activity already imported is not recorded again: its errors stop nothing
        m.errors().clear();
      } else if (ownUnknown.contains(m.identifier())) {
        // names a partnership of this platform that does not exist: refused, never recorded
        outcome = "OWN_UNKNOWN";
      } else {
        outcome = "NEW";
        if (m.item() != null && !own.contains(m.identifier())) {
          duplicates(m, a, confirmed);
        }
        if (d != null && d.refusal() != null) {
          List<DomainRuleViolation> all =
              d.refusal() instanceof DomainRuleViolation v ? v.withOthers() : List.of();
          if (all.isEmpty()) {
            m.errors().add(error("participating-org", "access", d.refusal().getMessage()));
          }
          for (DomainRuleViolation v : all) {
            Map<String, Object> e = error(v.field(), v.code(), v.getMessage());
            e.put("args", IatiMapping.jsonArgs(v.arguments()));
            m.errors().add(e);
          }
        }
      }
      a.put("outcome", outcome);
      a.put("own", own.contains(m.identifier()));
      a.put("importable", m.errors().isEmpty());
      a.put("maps", m.maps());
      a.put("likelyDuplicates", m.likelyDuplicates());
      a.put("notMapped", m.notMapped());
      a.put("errors", m.errors());
      activities.add(a);
      switch (outcome) {
        case "UNCHANGED" -> unchanged++;
        case "CHANGED" -> changed++;
        default -> {
          if (m.errors().isEmpty()) {
            news++;
            storable.add(m.item());
          } else {
            refused++;
            anyRefused = true;
          }
        }
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", mapped.size());
    counts.put("new", news);
    counts.put("unchanged", unchanged);
    counts.put("changed", changed);
    counts.put("refused", refused);
    if (dryRun) {
      counts.put("imported", 0);
      return new Report(activities, counts, false);
    }
    if (anyRefused && !skipInvalid) {
      return new Report(activities, counts, true);
    }
    Map<String, Long> created = new HashMap<>();
    if (!storable.isEmpty()) {
      for (IatiImports.Done stored : imports.importAll(caller, storable)) {
        if (stored.partnershipId() != null && stored.outcome() == IatiImports.Outcome.NEW) {
          created.put(stored.identifier(), stored.partnershipId());
        }
      }
    }
    for (Map<String, Object> a : activities) {
      Long id = created.get((String) a.get("identifier"));
      a.put("stored", id != null);
      if (id != null) {
        a.put("partnershipId", id);
      }
    }
    counts.put("imported", created.size());
    return new Report(activities, counts, false);
  }

  private static List<IatiMapping.Mapped> map(
      IatiActivityReader.File file, IatiActivity.Registry registry, String source) {
    List<IatiMapping.Mapped> mapped = new ArrayList<>();
    for (IatiNode activity : file.activities()) {
      mapped.add(IatiMapping.map(activity, file.language(), registry, source));
    }
    return mapped;
  }

  private static Map<String, Object> error(
      String field, String rule, String message, Object... args) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("field", field);
    v.put("rule", rule);
    v.put("message", message);
    v.put("args", IatiMapping.jsonArgs(args));
    return v;
  }

  /**
   * The recorded partnerships a new activity likely repeats (the same operators, the same title
   * folded): listed, and the activity refused unless the secretariat confirmed it is another WOP.
   */
  private void duplicates(IatiMapping.Mapped m, Map<String, Object> a, Set<String> confirmed) {
    Set<Long> operatorIds = new java.util.HashSet<>();
    m.item().record().partnership().participants().forEach(p -> operatorIds.add(p.operatorId()));
    List<String> titles = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> title = (Map<String, Object>) m.maps().get("title");
    if (title != null && title.get("text") != null) {
      titles.add((String) title.get("text"));
      @SuppressWarnings("unchecked")
      Map<String, String> translations = (Map<String, String>) title.get("translations");
      if (translations != null) {
        titles.addAll(translations.values());
      }
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (IatiImports.Existing e : imports.likelyDuplicates(operatorIds, titles)) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", e.id());
      v.put("title", e.title());
      found.add(v);
    }
    a.put("likelyDuplicatePartnerships", found);
    if (found.isEmpty()) {
      return;
    }
    boolean sure = confirmed.contains(m.identifier());
    a.put("confirmedNew", sure);
    if (!sure) {
      m.errors()
          .add(
              error(
                  "iati-identifier",
                  "iati.partnership.likely-duplicate",
                  "The same operators take part in the recorded partnership "
                      + found.get(0).get("id")
                      + " of the same title: likely the same WOP. It is not imported unless its"
                      + " identifier is given under confirmNew.",
                  found.get(0).get("id"),
                  found.get(0).get("title")));
    }
  }

  private IatiActivity.Registry registry(IatiImportInput choices) {
    List<KnownOperator> known = new ArrayList<>();
    for (Operator o : operators.all()) {
      Set<String> names = new LinkedHashSet<>(IatiMapping.strongKeys(o.name()));
      for (OtherName other : o.details().otherNames()) {
        names.addAll(IatiMapping.strongKeys(other.name()));
      }
      Set<String> shortNames = new LinkedHashSet<>();
      o.shortName().ifPresent(s -> shortNames.add(IatiMapping.fold(s)));
      for (String k : IatiMapping.allKeys(o.name())) {
        if (!names.contains(k)) {
          shortNames.add(k);
        }
      }
      known.add(
          new KnownOperator(
              o.id(),
              o.name(),
              o.shortName().orElse(null),
              o.country() == null ? null : o.country().code(),
              o.city(),
              names,
              shortNames,
              LikelySameOperator.of(o.details())));
    }
    List<KnownOrganisation> orgs = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<Organisation> p = organisations.list(new PageRequest(page, PageRequest.MAX_SIZE, false));
      for (Organisation o : p.items()) {
        Set<String> names = new LinkedHashSet<>(IatiMapping.strongKeys(o.name()));
        o.shortName().ifPresent(s -> names.add(IatiMapping.fold(s)));
        orgs.add(new KnownOrganisation(o.id(), o.name(), o.shortName().orElse(null), names));
      }
      if (p.items().size() < PageRequest.MAX_SIZE) {
        break;
      }
    }
    Set<String> areas =
        reference.workingAreas().stream().map(WorkingArea::code).collect(Collectors.toSet());
    return new IatiActivity.Registry(
            known, orgs, areas, ids(choices.operators), choices.roles, ids(choices.organisations))
        .notOperators(
            choices.notOperators == null
                ? Set.of()
                : choices.notOperators.stream()
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  /** The chosen ids (an id that is no number is no operator or organisation: -1). */
  private static Map<String, Long> ids(Map<String, String> chosen) {
    Map<String, Long> ids = new HashMap<>();
    if (chosen != null) {
      chosen.forEach(
          (name, id) -> {
            long value;
            try {
              value = Long.parseLong(id == null ? "" : id.strip());
            } catch (NumberFormatException e) {
              value = -1;
            }
            ids.put(name, value);
          });
    }
    return ids;
  }
}
