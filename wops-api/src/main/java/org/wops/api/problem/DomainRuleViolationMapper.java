package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A broken domain rule: 400, typed by the rule's stable code, naming the field when the rule
 * concerns one.
 */
@Provider
public class DomainRuleViolationMapper extends ProblemMapper<DomainRuleViolation> {

  @Override
  Problem problemFor(DomainRuleViolation violation) {
    Problem problem =
        Problem.of("rule:" + violation.code(), Status.BAD_REQUEST, violation.getMessage());
    return violation.field() == null
        ? problem
        : problem.withErrors(
            List.of(
                new Problem.FieldError(
                    violation.field(), violation.code(), violation.getMessage())));
  }
}
