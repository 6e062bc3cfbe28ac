package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.MilestoneStatus;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;

/**
 * The signed-in user's dashboard: the partnerships that concern them (their operators take part,
 * their organisations support or fund them; all of them for the secretariat), milestones due in the
 * next 30 days, overdue and reached in the last 30 days, and the updates waiting for their
 * decision.
 */
@Named
@RequestScoped
public class DashboardView {
  static final int MAX = 200;

  @Inject PartnershipReads partnerships;
  @Inject PartnershipAccess access;
  @Inject ProgressUpdateService updates;
  @Inject Session session;
  @Inject Clock clock;
  @Inject MilestoneTitles titles;
  @Inject Localizer labels;

  private List<Partnership> mine;

  // each list is read once per request: a page's expressions ask for it several times
  private List<Due> dueSoon;
  private List<Due> overdue;
  private List<Due> reached;
  private List<ProgressUpdate> waiting;

  /** A milestone with its partnership, for the lists. */
  public record Due(Partnership partnership, Milestone milestone) {}

  /**
   * The partnerships the user works on: those its operators take part in, its organisations support
   * or fund (the secretariat: the newest of all), chosen by the database.
   */
  public List<Partnership> getMine() {
    if (mine == null) {
      PartnershipCriteria.Visibility all = access.visibility(session.viewer());
      mine =
          partnerships.list(
              PartnershipCriteria.builder()
                  .visibility(all == null ? null : all.involvedOnly())
                  .sort(PartnershipCriteria.Sort.NEWEST)
                  .build(),
              MAX);
    }
    return mine;
  }

  public List<Due> getDueSoon() {
    if (dueSoon == null) {
      LocalDate today = LocalDate.now(clock);
      // due by the period's last day, as the reminders count ("2027-06": by 30 June 2027)
      dueSoon = due(m -> !m.dueBy().isBefore(today) && !m.dueBy().isAfter(today.plusDays(30)));
    }
    return dueSoon;
  }

  public List<Due> getOverdue() {
    if (overdue == null) {
      LocalDate today = LocalDate.now(clock);
      overdue = due((p, m) -> p.isOverdue(m, today));
    }
    return overdue;
  }

  private List<Due> due(java.util.function.Predicate<Milestone> when) {
    return due((p, m) -> when.test(m));
  }

  private List<Due> due(java.util.function.BiPredicate<Partnership, Milestone> when) {
    List<Due> due = new ArrayList<>();
    for (Partnership p : getMine()) {
      if (!p.status().isOpen()) {
        continue;
      }
      for (Milestone m : p.milestones()) {
        if (m.status() == MilestoneStatus.PLANNED && when.test(p, m)) {
          due.add(new Due(p, m));
        }
      }
    }
    due.sort(Comparator.comparing(d -> d.milestone().plannedDate()));
    return due;
  }

  /** The milestones reached in the last 30 days, the latest first. */
  public List<Due> getReached() {
    if (reached == null) {
      reached = reachedSince(LocalDate.now(clock).minusDays(30));
    }
    return reached;
  }

  private List<Due> reachedSince(LocalDate since) {
    List<Due> reached = new ArrayList<>();
    for (Partnership p : getMine()) {
      for (Milestone m : p.milestones()) {
        if (m.status() == MilestoneStatus.REACHED
            && m.actualDate().filter(d -> !d.endsBefore(since)).isPresent()) {
          reached.add(new Due(p, m));
        }
      }
    }
    reached.sort(
        Comparator.comparing((Due d) -> d.milestone().actualDate().orElseThrow()).reversed());
    return reached;
  }

  /** A milestone's title in the reader's language. */
  public String milestoneTitle(Due d) {
    return titles.of(d.partnership(), d.milestone(), labels.language());
  }

  public List<ProgressUpdate> getWaiting() {
    if (waiting == null) {
      waiting = waitingForThisUser();
    }
    return waiting;
  }

  private List<ProgressUpdate> waitingForThisUser() {
    return updates.awaitingDecision().stream()
        .filter(
            u ->
                partnership(u.partnershipId())
                    .filter(p -> access.canDecideUpdates(session.viewer(), p))
                    .isPresent())
        .toList();
  }

  /** The partnerships the page names, each read once (those of the list first). */
  private final java.util.Map<Long, java.util.Optional<Partnership>> read =
      new java.util.HashMap<>();

  private java.util.Optional<Partnership> partnership(long id) {
    if (read.isEmpty()) {
      getMine().forEach(p -> read.put(p.id(), java.util.Optional.of(p)));
    }
    // asked, not caught: a read that throws would mark the page's transaction rollback-only
    return read.computeIfAbsent(id, partnerships::find);
  }

  public String title(long partnershipId) {
    return partnership(partnershipId).map(Partnership::title).orElse("");
  }
}
