package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Activities of an IATI 2.03 file recorded as partnerships, idempotent by IATI identifier: an
 * activity already imported is never recorded again — it is {@linkplain Outcome#UNCHANGED
 * unchanged} when the file says what it said when it was imported, {@linkplain Outcome#CHANGED
 * changed} otherwise (reported, not written over: the record may have been corrected on the
 * platform since, and corrections go through the record's own use cases with If-Match). A new one
 * is recorded ({@link Proposals#record}) with its origin, audited as imported from IATI.
 *
 * <p>{@link #check} tries each new activity in a transaction of its own that is always rolled back
 * (as {@link PartnershipImport} does), so the preview names every refusal with the real rule;
 * {@link #importAll} records them all in one transaction: nothing is stored when one is refused.
 */
@ApplicationScoped
public class IatiImports {
  /**
   * An activity as mapped: its origin, the record it makes, and the supporting organisations the
   * platform does not know yet (registered with the record, once per name across the file).
   */
  public record Item(IatiOrigin origin, Proposals.Record record, List<NewSupporter> newSupporters) {
    public Item {
      newSupporters = newSupporters == null ? List.of() : List.copyOf(newSupporters);
    }
  }

  /** A supporting organisation to register: its name, kind, and its part in the partnership. */
  public record NewSupporter(
      String name,
      org.wops.domain.organisation.OrganisationKind kind,
      SupporterRole role,
      String roleDescription,
      java.math.BigDecimal contribution) {}

  /** What importing an activity does (or would do). */
  public enum Outcome {
    NEW,
    UNCHANGED,
    CHANGED
  }

  /** What an activity did or would do: its outcome, the partnership (when it exists), a refusal. */
  public record Done(
      String identifier, Outcome outcome, Long partnershipId, RuntimeException refusal) {}

  @Inject IatiImportTrials trials;
  @Inject PartnershipRepository partnerships;

  /**
   * Each activity: unchanged or changed when already imported, else tried in its own transaction
   * and rolled back (NEW, or its refusal).
   */
  @Transactional
  public List<Done> check(Viewer caller, List<Item> items) {
    Map<String, IatiImported> imported = imported(items);
    List<Done> done = new ArrayList<>();
    for (Item item : items) {
      Done known = known(item, imported);
      if (known != null) {
        done.add(known);
        continue;
      }
      try {
        trials.trial(caller, item, new java.util.HashMap<>());
      } catch (IatiImportTrials.Tried tried) {
        done.add(new Done(item.origin().identifier(), Outcome.NEW, null, null));
      } catch (DomainRuleViolation | AccessDenied refused) {
        done.add(new Done(item.origin().identifier(), Outcome.NEW, null, refused));
      }
    }
    return done;
  }

  /** Records every new activity in one transaction; a refusal leaves nothing stored. */
  @Transactional
  @RetryOnConflict
  public List<Done> importAll(Viewer caller, List<Item> items) {
    Map<String, IatiImported> imported = imported(items);
    List<Done> done = new ArrayList<>();
    Map<String, Long> registered = new java.util.HashMap<>();
    for (Item item : items) {
      Done known = known(item, imported);
      if (known != null) {
        done.add(known);
        continue;
      }
      Partnership p = trials.record(caller, item, registered);
      done.add(new Done(item.origin().identifier(), Outcome.NEW, p.id(), null));
    }
    return done;
  }

  /** A recorded partnership an activity may repeat: its id and title. */
  public record Existing(long id, String title) {}

  /**
   * The partnership with this id, if there is one: the platform's own IATI export names its
   * partnerships by id, and importing the export back must find them, never record them again.
   */
  @Transactional
  public java.util.Optional<Partnership> find(long id) {
    return partnerships.findById(id);
  }

  /**
   * The recorded partnerships an activity with a new identifier likely repeats: exactly these
   * operators take part, and the title (or a translation), folded as operators' names are for
   * likely duplicates (case, accents, apostrophes and spacing), is one of these titles.
   */
  @Transactional
  public List<Existing> likelyDuplicates(
      java.util.Set<Long> operatorIds, java.util.Collection<String> titles) {
    if (operatorIds.isEmpty() || titles.isEmpty()) {
      return List.of();
    }
    java.util.Set<String> folded = new java.util.HashSet<>();
    for (String t : titles) {
      if (t != null && !t.isBlank()) {
        folded.add(org.wops.domain.operator.OperatorNames.key(t, null));
      }
    }
    List<Existing> found = new ArrayList<>();
    for (long id : partnerships.idsWithParticipant(operatorIds.iterator().next())) {
      Partnership p = partnerships.findById(id).orElse(null);
      if (p == null) {
        continue;
      }
      java.util.Set<Long> taking = new java.util.HashSet<>();
      for (Participant each : p.participants()) {
        taking.add(each.operatorId());
      }
      if (!taking.equals(operatorIds)) {
        continue;
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      names.add(p.titleText().text());
      names.addAll(p.titleText().language().translations().values());
      if (names.stream()
          .filter(n -> n != null && !n.isBlank())
          .anyMatch(n -> folded.contains(org.wops.domain.operator.OperatorNames.key(n, null)))) {
        found.add(new Existing(p.id(), p.title()));
      }
    }
    return found;
  }

  /** The partnerships already imported from these activities, by identifier. */
  @Transactional
  public Map<String, IatiImported> importedAmong(java.util.Collection<String> identifiers) {
    return partnerships.importedFromIati(identifiers);
  }

  private Map<String, IatiImported> imported(List<Item> items) {
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item item : items) {
      if (byId.put(item.origin().identifier(), item) != null) {
        throw new DomainRuleViolation(
            "iati.identifier.repeated",
            "iati-identifier",
            "The file holds the activity " + item.origin().identifier() + " twice.");
      }
    }
    return partnerships.importedFromIati(byId.keySet());
  }

  private static Done known(Item item, Map<String, IatiImported> imported) {
    IatiImported i = imported.get(item.origin().identifier());
    if (i == null) {
      return null;
    }
    return new Done(
        i.identifier(),
        i.digest().equals(item.origin().digest()) ? Outcome.UNCHANGED : Outcome.CHANGED,
        i.partnershipId(),
        null);
  }
}
