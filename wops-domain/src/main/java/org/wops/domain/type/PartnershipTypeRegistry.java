package org.wops.domain.type;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wops.domain.shared.DomainRuleViolation;

/** The partnership types installed in this platform, by id. */
@ApplicationScoped
public class PartnershipTypeRegistry {
  private final Map<String, PartnershipType> types;

  public PartnershipTypeRegistry() {
    this(List.of(new DefaultWopType()));
  }

  public PartnershipTypeRegistry(Collection<PartnershipType> installed) {
    this.types =
        installed.stream()
            .collect(Collectors.toUnmodifiableMap(PartnershipType::id, Function.identity()));
  }

  public Optional<PartnershipType> find(String id) {
    return Optional.ofNullable(id).map(types::get);
  }

  /**
   * The type with this id; a rule violation naming the field {@code typeId} when none is installed.
   */
  public PartnershipType require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "partnership.type.unknown",
                    "typeId",
                    "'"
                        + id
                        + "' is not an installed partnership type (installed: "
                        + String.join(", ", types.keySet())
                        + ")."));
  }

  public Collection<PartnershipType> all() {
    return types.values();
  }
}
