package org.wops.api.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.wops.domain.shared.Page;

/**
 * A page of a listing as an HTTP answer: the items, X-Total-Count, and Link headers (first, prev,
 * next, last). When the listing stopped counting at a bound, X-Total-Count is that lower bound,
 * X-Total-Count-Exact says {@code false}, and there is no {@code last} link; a page that was not
 * counted has neither header nor {@code last} link, and {@code next} while more follow.
 */
public final class PageLinks {
  public static final String TOTAL_COUNT = "X-Total-Count";
  public static final String TOTAL_COUNT_EXACT = "X-Total-Count-Exact";

  private PageLinks() {}

  public static Response respond(Page<?> page, UriInfo uriInfo) {
    return respond(page, page.items(), uriInfo);
  }

  /** The page with its items already written (a kept JSON document, say). */
  public static Response respond(Page<?> page, Object entity, UriInfo uriInfo) {
    Response.ResponseBuilder response = Response.ok(entity);
    if (page.counted()) {
      response.header(TOTAL_COUNT, page.total()).header(TOTAL_COUNT_EXACT, page.exact());
    }
    // one header value per link (RFC 8288), written by hand: the URI builder was a seventh of the
    // cost of a public search page served from memory (issue 7's profile)
    String base = base(uriInfo.getRequestUri());
    for (String link : links(page, base)) {
      response.header("Link", link);
    }
    return response.build();
  }

  private static List<String> links(Page<?> page, String base) {
    List<String> links = new ArrayList<>();
    long last = Math.max(0, page.pageCount() - 1);
    links.add(link(base, "first", 0, page.size()));
    if (page.page() > 0) {
      long prev = page.exact() ? Math.min(page.page() - 1, last) : page.page() - 1;
      links.add(link(base, "prev", prev, page.size()));
    }
    if (page.hasNext()) {
      links.add(link(base, "next", page.page() + 1, page.size()));
    }
    if (page.exact()) {
      links.add(link(base, "last", last, page.size()));
    }
    return links;
  }

  /** The request's URI without its page and size parameters, ready for more ("...?a=1&"). */
  static String base(URI request) {
    StringBuilder base = new StringBuilder();
    base.append(request.getScheme()).append("://").append(request.getRawAuthority());
    base.append(request.getRawPath()).append('?');
    String query = request.getRawQuery();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (!parameter.isEmpty()
            && !parameter.startsWith("page=")
            && !parameter.startsWith("size=")
            && !parameter.equals("page")
            && !parameter.equals("size")) {
          base.append(parameter).append('&');
        }
      }
    }
    return base.toString();
  }

  private static String link(String base, String rel, long page, int size) {
    return "<" + base + "page=" + page + "&size=" + size + ">; rel=\"" + rel + "\"";
  }
}
