package org.wops.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Base of every exception mapper: says which problem an exception is, and answers it with the
 * request's path.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Context UriInfo uriInfo;

  abstract Problem problemFor(E exception);

  @Override
  public Response toResponse(E exception) {
    Response tooLarge = BodySizeLimit.ifTooLarge(exception, requestPath());
    if (tooLarge != null) {
      return tooLarge;
    }
    return problemFor(exception).at(requestPath()).toResponse();
  }

  private String requestPath() {
    try {
      return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException noRequestInScope) {
      return null;
    }
  }
}
