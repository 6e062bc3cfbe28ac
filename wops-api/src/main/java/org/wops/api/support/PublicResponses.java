package org.wops.api.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.partnership.PartnershipChanges;

/**
 * The public's answers to the two most read questions — a search page and a partnership — kept as
 * they were sent, for a short while, as a caching reverse proxy would keep them: an anonymous
 * {@code GET} of the same address within {@code wops.cache.public-search-seconds} (a search) or
 * {@code wops.cache.public-detail-seconds} (a partnership) gets the same bytes and headers without
 * going through parameter binding, validation and the resource again. Any change to a partnership
 * through this instance forgets them at once ({@link PartnershipChanges}); another instance of a
 * cluster shows a change within the TTL — the same promise as the domain's kept search pages.
 *
 * <p>Only successful answers are kept (a refused request is checked again every time), only for
 * callers without credentials (signed-in callers may see unpublished partnerships) and only when
 * the caller does not ask for a conditional answer ({@code If-None-Match} still gets its 304 from
 * the resource).
 */
@Provider
@PreMatching
@ApplicationScoped
public class PublicResponses implements ContainerRequestFilter, ContainerResponseFilter {
  /**
   * How long a public search page is answered from memory (as the persistence adapter keeps its
   * result: the same setting, {@code wops.cache.public-search-seconds}; 0 keeps nothing).
   */
  @Inject
  @ConfigProperty(name = "wops.cache.public-search-seconds", defaultValue = "30")
  long searchSeconds;

  /**
   * How long a public partnership is answered from memory ({@code
   * wops.cache.public-detail-seconds}).
   */
  @Inject
  @ConfigProperty(name = "wops.cache.public-detail-seconds", defaultValue = "1")
  long detailSeconds;

  /** At most this many bytes of answers are kept. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final Pattern SEARCH = Pattern.compile("/?partnerships/?");
  private static final Pattern DETAIL = Pattern.compile("/?partnerships/\\d{1,18}/?");
  private static final String KEY = PublicResponses.class.getName() + ".key";

  /** An answer as sent, when it was sent, and how many local changes there had been then. */
  private record Kept(
      byte[] body,
      MediaType type,
      MultivaluedMap<String, Object> headers,
      long keptAtNanos,
      long expiresAtNanos,
      long changes) {}

  @Inject PartnershipChanges changes;

  private final Cache<String, Kept> kept =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .weigher((String key, Kept k) -> key.length() + k.body().length + 512)
          .executor(Runnable::run)
          .build();

  @Override
  public void filter(ContainerRequestContext request) {
    Duration ttl = ttl(request);
    if (ttl == null) {
      return;
    }
    // the answers say Vary: Accept-Language (template milestones, the text shown in the reader's
    // language): the header is part of the key, as a shared cache would key them
    String language = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    String key =
        request.getUriInfo().getRequestUri().toString()
            + (language == null ? "" : "\n" + language.strip());
    Kept answer = kept.getIfPresent(key);
    if (answer != null
        && answer.changes() == changes.count()
        && System.nanoTime() - answer.expiresAtNanos() < 0) {
      Response.ResponseBuilder response = Response.ok(answer.body(), answer.type());
      answer.headers().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
      // a kept answer says how old it is, as a cache in between would (RFC 9111)
      response.header("Age", (System.nanoTime() - answer.keptAtNanos()) / 1_000_000_000L);
      request.abortWith(response.build());
      return;
    }
    request.setProperty(KEY, new Object[] {key, ttl, changes.count()});
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(KEY) instanceof Object[] pending)
        || response.getStatus() != 200
        || !(response.getEntity() instanceof byte[] body)) {
      return;
    }
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    response
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)
                  && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                  && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                headers.put(name, List.copyOf(values));
              }
            });
    Duration ttl = (Duration) pending[1];
    kept.put(
        (String) pending[0],
        new Kept(
            body,
            response.getMediaType(),
            headers,
            System.nanoTime(),
            System.nanoTime() + ttl.toNanos(),
            (Long) pending[2]));
  }

  /** How long this request's answer may be kept ({@code null}: not at all). */
  private Duration ttl(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
      return null;
    }
    String path = request.getUriInfo().getPath();
    long seconds =
        SEARCH.matcher(path).matches()
            ? searchSeconds
            : DETAIL.matcher(path).matches() ? detailSeconds : 0;
    if (seconds > 0) {
      return Duration.ofSeconds(seconds);
    }
    return null;
  }
}
