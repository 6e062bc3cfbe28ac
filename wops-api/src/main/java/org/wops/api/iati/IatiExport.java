package org.wops.api.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.Language;

/**
 * Writes partnerships as the platform's IATI activities (the export's reporting organisation from
 * the configuration), and knows the platform's own activity identifiers ({@code <ref>-WOP-<id>}):
 * the import reads them as the partnership they name, never as a new one.
 */
@ApplicationScoped
public class IatiExport {
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject ReferenceData reference;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.ref", defaultValue = "XI-WOPS")
  String reportingRef;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.type", defaultValue = "40")
  String reportingType;

  @Inject
  @ConfigProperty(name = "wops.iati.reporting-org.name", defaultValue = "WOPs alliance secretariat")
  String reportingName;

  /** The IATI activity file of these partnerships. */
  String write(List<Partnership> partnerships) {
    java.util.Map<Long, Operator> read = new java.util.HashMap<>();
    java.util.function.Function<Long, Operator> operator =
        id -> read.computeIfAbsent(id, operators::get);
    return IatiWriter.write(
        partnerships,
        new IatiWriter.ReportingOrg(reportingRef, reportingType, reportingName),
        id -> operator.apply(id).name(),
        id -> operator.apply(id).country().code(),
        id -> organisations.get(id).name(),
        code -> reference.kpi(code).map(k -> k.name(Language.EN)).orElse(code));
  }

  /**
   * The partnership id an identifier of the platform's own export names ({@code XI-WOPS-WOP-14}:
   * 14), compared without case; empty for another publisher's identifier.
   */
  Optional<Long> ownId(String identifier) {
    if (identifier == null) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(reportingRef.strip()) + "-WOP-(\\d{1,18})$",
                Pattern.CASE_INSENSITIVE)
            .matcher(identifier.strip());
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  /**
   * The digest of the activity the export writes for this partnership today: an activity of the
   * platform's own export that says the same is unchanged.
   */
  String digest(Partnership p) {
    byte[] xml = write(List.of(p)).getBytes(StandardCharsets.UTF_8);
    IatiActivityReader.File file = IatiActivityReader.read(new ByteArrayInputStream(xml), "export");
    return IatiMapping.digest(file.activities().get(0));
  }
}
