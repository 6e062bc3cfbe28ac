package org.wops.domain.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wops.domain.partnership.AreaLabel;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * The secretariat's mapping of the labels sources give working areas ("réduction des pertes en
 * eau", "Reducción de Pérdidas", "NRW reduction") to the reference list (issue 16, item 6): mapped
 * once, used by every later import (the partnership CSV/JSON import, recorded WOPs, the IATI
 * import). Labels are compared {@link #normalise folded}: case, accents, punctuation and spacing do
 * not matter. A label an import meets and nobody mapped is kept as seen, for the secretariat to
 * map.
 */
@ApplicationScoped
@Transactional
public class WorkingAreaLabels {
  private LabelMappingStore store;
  private ReferenceData reference;
  private Clock clock;

  protected WorkingAreaLabels() {
    // for CDI proxies
  }

  @Inject
  public WorkingAreaLabels(LabelMappingStore store, ReferenceData reference, Clock clock) {
    this.store = store;
    this.reference = reference;
    this.clock = clock;
  }

  /**
   * A label folded for comparison: lower case, without accents (é → e, ñ → n, œ → oe), every run of
   * spaces, hyphens, apostrophes and punctuation one space, stripped. Null or blank: "".
   */
  public static String normalise(String label) {
    if (label == null) {
      return "";
    }
    String s =
        label
            .toLowerCase(Locale.ROOT)
            .replace("œ", "oe")
            .replace("æ", "ae")
            .replace("ß", "ss")
            .replace("ø", "o")
            .replace("đ", "d")
            .replace("ł", "l");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.length() > AreaLabel.LABEL_MAX ? s.substring(0, AreaLabel.LABEL_MAX) : s;
  }

  /**
   * The working area the secretariat mapped this label to, if it did. A label no one has mapped is
   * remembered as seen (its count grows), so that the secretariat's list of labels to map shows it.
   */
  public Optional<String> map(String label) {
    String key = normalise(label);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<LabelMapping> found = store.find(key);
    if (found.isPresent() && found.get().code().isPresent()) {
      return found.get().code();
    }
    LabelMapping seen =
        found.orElseGet(
            () -> {
              LabelMapping m = new LabelMapping(key, clean(label), OffsetDateTime.now(clock));
              store.add(m);
              return m;
            });
    seen.seen();
    return Optional.empty();
  }

  /**
   * The details with each label that has no code mapped as the secretariat mapped it (a label with
   * a code keeps the code it was given); labels nobody mapped stay labels alone, seen.
   */
  public PartnershipDetails resolve(PartnershipDetails details) {
    if (details == null || details.workingAreaLabels() == null) {
      return details;
    }
    List<AreaLabel> resolved = new ArrayList<>();
    boolean changed = false;
    for (AreaLabel l : details.workingAreaLabels()) {
      if (l.isMapped()) {
        resolved.add(l);
      } else {
        Optional<String> code = map(l.label());
        resolved.add(code.map(l::mappedTo).orElse(l));
        changed |= code.isPresent();
      }
    }
    return changed ? details.toBuilder().workingAreaLabels(resolved).build() : details;
  }

  /** Every label, mapped or not (the unmapped ones to map), by label. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LabelMapping> all() {
    return store.all();
  }

  /**
   * Maps a label to a working area of the reference list ({@code code}; null: unmaps it), for every
   * later import; audited (who, when, from which code to which).
   */
  public LabelMapping put(String label, String code, String actor) {
    String key = normalise(label);
    if (key.isEmpty()) {
      throw new DomainRuleViolation(
          "reference.label.required",
          "label",
          "Give the source's label (1 to " + AreaLabel.LABEL_MAX + " characters).",
          AreaLabel.LABEL_MAX);
    }
    if (clean(label).length() > AreaLabel.LABEL_MAX) { // nothing truncated
      throw new DomainRuleViolation(
          "reference.label.too-long",
          "label",
          "A source's label has at most " + AreaLabel.LABEL_MAX + " characters.",
          AreaLabel.LABEL_MAX);
    }
    String wanted = code == null || code.isBlank() ? null : code.strip();
    if (wanted != null && reference.workingArea(wanted).isEmpty()) {
      throw new DomainRuleViolation(
          "reference.workingArea.unknown",
          "code",
          "'" + wanted + "' is not a working area of the reference list.",
          wanted);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LabelMapping m =
        store
            .find(key)
            .orElseGet(
                () -> {
                  LabelMapping fresh = new LabelMapping(key, clean(label), now);
                  store.add(fresh);
                  return fresh;
                });
    String before = m.code().orElse(null);
    if (java.util.Objects.equals(before, wanted)) {
      return m;
    }
    m.map(wanted, actor, now);
    store.audit(key, before, wanted, actor);
    return m;
  }

  /**
   * A label as the source wrote it, stripped, a line break or tab within it a space: its inner
   * spaces stay (only the folded key collapses them).
   */
  private static String clean(String label) {
    return label.strip().replaceAll("[\\t\\n\\r\\u000B\\f]+", " ");
  }

  /**
   * Maps a label the secretariat's list shows (a label a source gave, or one mapped before), as
   * {@link #put} does; a label the list never showed is refused (the page's form carries the label
   * it showed: a changed one maps nothing).
   */
  public LabelMapping putListed(String label, String code, String actor) {
    if (store.find(normalise(label)).isEmpty() || clean(label).length() > AreaLabel.LABEL_MAX) {
      throw new DomainRuleViolation(
          "reference.label.unlisted",
          "label",
          "Map a label of the list: this one is no source's label the platform has met.");
    }
    return put(label, code, actor);
  }
}
