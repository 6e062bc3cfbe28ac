package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wops.domain.shared.Language;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * A milestone's title in a reader's language: a template milestone is named by its type's template
 * (by its stable key), a milestone the partners named keeps its own text. The stored title (English
 * for a template milestone) stands in when the type or the key is no longer installed.
 */
@ApplicationScoped
public class MilestoneTitles {
  @Inject PartnershipTypeRegistry types;

  protected MilestoneTitles() {
    // for CDI
  }

  public MilestoneTitles(PartnershipTypeRegistry types) {
    this.types = types;
  }

  public String of(Partnership p, Milestone m, Language language) {
    return types
        .find(p.typeId())
        .map(MilestoneSequence::of)
        .flatMap(s -> s.templateOf(m))
        .map(MilestoneTemplate::title)
        .map(t -> t.in(language))
        .orElse(m.title());
  }
}
