package org.wops.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A no-op endpoint that touches no database: load balancers may probe it, and the benchmarks
 * measure every other endpoint against it (bench/http-benchmark.sh).
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "Liveness of the API itself")
public class PingResource {
  private static final Map<String, String> PONG = Map.of("status", "ok");

  @GET
  @Operation(summary = "Answers at once, without touching the database")
  public Map<String, String> ping() {
    return PONG;
  }
}
