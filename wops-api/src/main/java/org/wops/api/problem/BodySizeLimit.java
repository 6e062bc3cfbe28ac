package org.wops.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies above {@value #MAX_BYTES} bytes with 413 and a problem body, before
 * anything reads them. (A CSV import of ten thousand operators is well below.)
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(
          Problem.of(
                  "payload-too-large",
                  Status.REQUEST_ENTITY_TOO_LARGE,
                  "The body has "
                      + request.getLength()
                      + " bytes; at most "
                      + MAX_BYTES
                      + " are accepted.")
              .at(uriInfo.getRequestUri().getRawPath())
              .toResponse());
    }
  }
}
