package org.wops.api.support;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.wops.domain.shared.Page;

/**
 * A page of a listing as an HTTP answer: the items, X-Total-Count, and Link headers (first, prev,
 * next, last). When the listing stopped counting at a bound, X-Total-Count is that lower bound,
 * X-Total-Count-Exact says {@code false}, and there is no {@code last} link.
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
    return Response.ok(entity)
        .header(TOTAL_COUNT, page.total())
        .header(TOTAL_COUNT_EXACT, page.exact())
        .links(links(page, uriInfo).toArray(Link[]::new))
        .build();
  }

  private static List<Link> links(Page<?> page, UriInfo uriInfo) {
    List<Link> links = new ArrayList<>();
    long last = Math.max(0, page.pageCount() - 1);
    links.add(link(uriInfo, "first", 0, page.size()));
    if (page.page() > 0) {
      long prev = page.exact() ? Math.min(page.page() - 1, last) : page.page() - 1;
      links.add(link(uriInfo, "prev", prev, page.size()));
    }
    if (page.hasNext()) {
      links.add(link(uriInfo, "next", page.page() + 1, page.size()));
    }
    if (page.exact()) {
      links.add(link(uriInfo, "last", last, page.size()));
    }
    return links;
  }

  private static Link link(UriInfo uriInfo, String rel, long page, int size) {
    URI uri =
        uriInfo
            .getRequestUriBuilder()
            .replaceQueryParam("page", page)
            .replaceQueryParam("size", size)
            .build();
    return Link.fromUri(uri).rel(rel).build();
  }
}
