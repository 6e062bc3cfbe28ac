package org.wops.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above {@value #MAX_BYTES} bytes with 413 and a problem body. A body that
 * says its length is refused before anything reads it; a body without one ({@code
 * Transfer-Encoding: chunked}) is read through a stream that fails at the first byte past the limit
 * ({@link TooLarge}), so that no reader ever holds more. (A CSV import of ten thousand operators is
 * well below.)
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(
          problem(
              "The body has "
                  + request.getLength()
                  + " bytes; at most "
                  + MAX_BYTES
                  + " are accepted.",
              uriInfo.getRequestUri().getRawPath()));
    } else if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    }
  }

  static Response problem(String detail, String path) {
    return Response.fromResponse(
            Problem.of("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE, detail)
                .at(path)
                .toResponse())
        // the rest of the body is not read: the connection cannot be used again
        .header("Connection", "close")
        .build();
  }

  /** The response for a body that went past the limit while it was read, if that is the cause. */
  static Response ifTooLarge(Throwable exception, String path) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooLarge) {
        return problem(
            "The body has more than " + MAX_BYTES + " bytes; reading stopped there.", path);
      }
    }
    return null;
  }

  /** Reading a body went past the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("The request body is larger than " + MAX_BYTES + " bytes");
    }
  }

  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
