package org.wops.web.it.plugin;

import java.util.List;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * A drop-in type that tries to use an id reserved for built-in types: it must be refused and
 * reported.
 */
public class ReservedIdType implements PartnershipType {
  @Override
  public String id() {
    return "wop-impostor";
  }

  @Override
  public Labels name() {
    return Labels.of("Impostor", null, null);
  }

  @Override
  public Labels description() {
    return Labels.of("Uses a reserved id", null, null);
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.peersOnly(2));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return List.of();
  }
}
