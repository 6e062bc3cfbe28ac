package org.wops.api.type;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wops.domain.shared.Language;
import org.wops.domain.type.PartnershipTypeRegistry;

/** A partnership type as the API shows it, in the requested language. */
public record PartnershipTypeView(
    String id,
    String name,
    String description,
    boolean builtIn,
    String source,
    List<RoleMixView> roleMixes,
    List<ExtraFieldView> extraFields,
    List<MilestoneTemplateView> milestoneTemplate,
    Set<String> suggestedWorkingAreas,
    Set<String> suggestedKpis) {

  /** A participant mix the type accepts. */
  public record RoleMixView(
      String description,
      int minOperators,
      int minMentors,
      int minMentees,
      int minPeers,
      boolean peersOnly) {}

  /** A field the type adds to its partnerships. */
  public record ExtraFieldView(
      String name, String type, boolean required, List<String> allowedValues, String label) {}

  /** A default milestone: when it is due, counted from the planned start or from the signature. */
  public record MilestoneTemplateView(String key, String title, String anchor, int offsetDays) {}

  static PartnershipTypeView of(PartnershipTypeRegistry.Installed installed, Language language) {
    var t = installed.type();
    return new PartnershipTypeView(
        t.id(),
        t.name().in(language),
        t.description().in(language),
        installed.builtIn(),
        installed.source(),
        t.roleMixes().stream()
            .map(
                m ->
                    new RoleMixView(
                        m.description().in(language),
                        m.minOperators(),
                        m.minMentors(),
                        m.minMentees(),
                        m.minPeers(),
                        m.peersOnly()))
            .toList(),
        t.extraFields().stream()
            .map(
                f ->
                    new ExtraFieldView(
                        f.name(),
                        f.type().name(),
                        f.required(),
                        f.allowedValues(),
                        f.label().in(language)))
            .toList(),
        t.milestoneTemplate().stream()
            .map(
                m ->
                    new MilestoneTemplateView(
                        m.key(), m.title().in(language), m.anchor().name(), m.offsetDays()))
            .toList(),
        new TreeSet<>(t.suggestedWorkingAreas()),
        new TreeSet<>(t.suggestedKpis()));
  }
}
