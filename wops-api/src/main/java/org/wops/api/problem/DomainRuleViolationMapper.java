package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A broken domain rule: 400, typed by the (first) rule's stable code, listing every violation that
 * came with it, each with the field it concerns and its code.
 */
@Provider
public class DomainRuleViolationMapper extends ProblemMapper<DomainRuleViolation> {

  @Override
  Problem problemFor(DomainRuleViolation violation) {
    Problem problem =
        Problem.of("rule:" + violation.code(), Status.BAD_REQUEST, violation.getMessage());
    List<DomainRuleViolation> all = violation.withOthers();
    if (violation.field() == null && all.size() == 1) {
      return problem;
    }
    return problem.withErrors(
        all.stream()
            .map(
                v ->
                    new Problem.FieldError(
                        v.field() == null ? "" : v.field(), v.code(), v.getMessage()))
            .toList());
  }
}
