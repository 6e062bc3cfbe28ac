package org.wops.domain.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * The secretariat extends the reference lists: a new working area or KPI, with its name in English,
 * French and Spanish (and a KPI's unit). Codes are upper case and never change once used; entries
 * are not removed (partnerships refer to them).
 */
@ApplicationScoped
@Transactional
public class ReferenceService {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  @Inject ReferenceData reference;

  public WorkingArea addWorkingArea(String code, String en, String fr, String es) {
    List<DomainRuleViolation> problems = check(code, en, fr, es);
    if (code != null && reference.workingArea(code).isPresent()) {
      problems.add(taken(code));
    }
    if (!problems.isEmpty()) {
      throw DomainRuleViolation.all(problems);
    }
    WorkingArea area =
        new WorkingArea(
            code,
            new LocalizedName(en.strip(), fr.strip(), es.strip()),
            next(reference.workingAreas().size()));
    reference.add(area);
    return area;
  }

  public Kpi addKpi(String code, String en, String fr, String es, String unit) {
    List<DomainRuleViolation> problems = check(code, en, fr, es);
    if (unit == null || unit.isBlank() || unit.strip().length() > Kpi.UNIT_MAX) {
      problems.add(
          new DomainRuleViolation(
              "reference.unit.required",
              "unit",
              "Give the KPI's unit (%, m³/day...), 1 to 40 characters."));
    }
    if (code != null && reference.kpi(code).isPresent()) {
      problems.add(taken(code));
    }
    if (!problems.isEmpty()) {
      throw DomainRuleViolation.all(problems);
    }
    Kpi kpi =
        new Kpi(
            code,
            new LocalizedName(en.strip(), fr.strip(), es.strip()),
            unit.strip(),
            next(reference.kpis().size()));
    reference.add(kpi);
    return kpi;
  }

  private static int next(int size) {
    return size + 1;
  }

  private static DomainRuleViolation taken(String code) {
    return new DomainRuleViolation(
        "reference.code.taken", "code", "The code " + code + " is already in the list.", code);
  }

  private static List<DomainRuleViolation> check(String code, String en, String fr, String es) {
    List<DomainRuleViolation> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(
          new DomainRuleViolation(
              "reference.code.invalid",
              "code",
              "A code has 2 to 40 upper-case letters, digits or '_', starting with a letter."));
    }
    String[][] names = {{"nameEn", en}, {"nameFr", fr}, {"nameEs", es}};
    for (String[] n : names) {
      if (n[1] == null || n[1].isBlank() || n[1].strip().length() > LocalizedName.NAME_MAX) {
        problems.add(
            new DomainRuleViolation(
                "reference.name.required",
                n[0],
                "Give the name in each language (1 to " + LocalizedName.NAME_MAX + " characters).",
                LocalizedName.NAME_MAX));
      }
    }
    return problems;
  }
}
