import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The platform under HTTP load, each figure beside a baseline measured in the same run on the same instance (the no-op
 * GET /api/v1/ping). Everything on loopback: an embedded PostgreSQL, the built WAR on Payara Micro, wrk; every process
 * it starts, it stops.
 *
 * <p>Modes (run by the bench/*.sh scripts, which build the class path):
 *
 * <ul>
 *   <li>{@code load WAR MICRO PARTNERSHIPS [SECONDS]}: generates a data set (operators = partnerships / 10, milestones
 *       = 10 a partnership, an indicator and an approved update each), then measures ping, search, detail, statistics
 *       and the operator list at 64 connections; prints requests/s, p50, p99 and the ratio to ping; peak RSS after.
 *   <li>{@code growth WAR MICRO SIZE...}: the same search at each size (fresh database each), p50 ratio to the smallest.
 *   <li>{@code startup WAR MICRO}: time to /health/ready, against a bare Payara Micro starting a one-page WAR.
 *   <li>{@code soak WAR MICRO PARTNERSHIPS SECONDS}: wrk mixing reads and writes; errors, 5xx and RSS every 10 s.
 *   <li>{@code import WAR MICRO ROWS}: the operator CSV import (POST /api/v1/operators/import) of 1,000 rows, then of
 *       ROWS rows, into the same instance (after a first 1,000 that warms it up); rows/s of each, the ratio of the large one's rate to the small one's (1.0:
 *       the cost grows with the rows, below: faster than that) and peak RSS after.
 *   <li>{@code generate JDBC_URL USER PASSWORD PARTNERSHIPS [MILESTONES_EACH]}: only load the data set into an existing,
 *       migrated database.
 * </ul>
 */
public class HttpBenchmark {
  static final int CONNECTIONS = 64;
  static final String ADMIN_PASSWORD = "bench-admin-password";

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    switch (mode) {
      case "generate" ->
          generate(
              args[1],
              args[2],
              args[3],
              Integer.parseInt(args[4]),
              args.length > 5 ? Integer.parseInt(args[5]) : 10);
      case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 15);
      case "growth" -> {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
          sizes.add(Integer.parseInt(args[i]));
        }
        growth(args[1], args[2], sizes);
      }
      case "startup" -> startup(args[1], args[2], args.length > 3 ? Integer.parseInt(args[3]) : 3);
      case "explain" -> {
        try (EmbeddedPostgres pg = postgres()) {
          Micro.start(args[1], args[2], pg, freePort(), List.of()).stop();
          generate(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", Integer.parseInt(args[3]), 1);
          explain(pg.getJdbcUrl("postgres", "postgres"));
        }
      }
      case "serve" -> {
        // a loaded platform to look at by hand: prints its address and the database's, runs until killed
        EmbeddedPostgres pg = postgres();
        Micro micro = Micro.start(args[1], args[2], pg, freePort(), List.of());
        generate(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", Integer.parseInt(args[3]), 10);
        System.out.println("platform " + micro.base() + " pid " + micro.process.pid() + "; database "
            + pg.getJdbcUrl("postgres", "postgres"));
        Thread.currentThread().join();
      }
      case "soak" -> soak(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "import" -> importOperators(args[1], args[2], Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  // ------------------------------------------------------------------------------------------------ the runs

  static void load(String war, String microJar, int partnerships, int seconds) throws Exception {
    try (EmbeddedPostgres pg = postgres()) {
      Micro micro = Micro.start(war, microJar, pg, freePort(), List.of());
      try {
        long t0 = System.nanoTime();
        generate(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", partnerships, 10);
        System.out.printf("data: %,d partnerships, %,d operators, %,d milestones loaded in %.1f s%n",
            partnerships, operators(partnerships), partnerships * 10L, (System.nanoTime() - t0) / 1e9);
        String base = micro.base();
        String token = token(base);
        String cookie = signIn(base);
        record Target(String label, String url, Path script) {}
        List<Target> targets = List.of(
            new Target("baseline: GET /api/v1/ping", base + "api/v1/ping", null),
            new Target("search, anonymous: " + SEARCHES + " distinct filter sets, page of 50", base + "api/v1/partnerships",
                searchScript(null, "")),
            new Target("search, signed in (never cached): the same filter sets", base + "api/v1/partnerships",
                searchScript(token, "")),
            new Target("search, signed in, no count (total=none): the same filter sets", base + "api/v1/partnerships",
                searchScript(token, "&total=none")),
            new Target("detail, anonymous: a working set of 700 published partnerships", base + "api/v1/partnerships",
                detailScript(Math.min(partnerships, 1_000))),
            new Target("detail, anonymous: any published partnership", base + "api/v1/partnerships",
                detailScript(partnerships)),
            new Target("statistics: GET /api/v1/statistics", base + "api/v1/statistics", null),
            new Target("operator list: page 3 of 50", base + "api/v1/operators?page=3&size=50", null),
            new Target("page, signed in: dashboard", base + "my/dashboard.xhtml", pageScript(cookie, "/my/dashboard.xhtml")),
            new Target("page, signed in: directory, a search", base + "directory.xhtml",
                pageScript(cookie, "/directory.xhtml?q=losses&status=ACTIVE")),
            new Target("page, signed in: a WOP's profile", base + "wop.xhtml", profileScript(cookie, partnerships)))
            .stream()
            .filter(t -> only(t.label()))
            .toList();
        // every endpoint is warmed up first, twice over, so that the JIT has compiled the common path (filters,
        // security, Jersey) before the baseline is measured; the baseline is measured again at the end, and the
        // ratios use the faster of its two runs (the stricter comparison)
        for (int pass = 0; pass < 2; pass++) {
          for (Target t : targets) {
            Wrk.run(t.url(), Math.min(10, seconds), t.script());
          }
        }
        drain(base);
        // two measured passes; each endpoint keeps the better of its two runs, and so does the baseline, which is
        // measured a third time at the end
        Map<Target, Wrk> results = new LinkedHashMap<>();
        List<Double> pings = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
          for (Target t : targets) {
            Wrk.run(t.url(), 3, t.script());
            drain(base);
            Wrk r = Wrk.run(t.url(), seconds, t.script());
            drain(base);
            if (t == targets.get(0)) {
              pings.add(r.rps);
            }
            results.merge(t, r, (a, b) -> a.rps >= b.rps ? a : b);
          }
        }
        Wrk pingAgain = Wrk.run(targets.get(0).url(), seconds, null);
        pings.add(pingAgain.rps);
        results.merge(targets.get(0), pingAgain, (a, b) -> a.rps >= b.rps ? a : b);
        Wrk ping = results.get(targets.get(0));
        System.out.printf("%nbaseline runs: %s requests/s; ratios against the best, %,.0f%n",
            pings.stream().map(x -> String.format("%,.0f", x)).toList(), ping.rps);
        System.out.printf("%n| endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx | ratio to ping |%n"
            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |%n");
        for (Map.Entry<Target, Wrk> e : results.entrySet()) {
          Wrk r = e.getValue();
          System.out.printf("| %s | %,.0f | %.1f | %.1f | %d | %d | %.2f |%n",
              e.getKey().label(), r.rps, r.p50, r.p99, r.errors, r.non2xx, r.rps / ping.rps);
        }
        System.out.printf("%npeak RSS of Payara Micro after the load: %d MB%n", micro.peakRssKb() / 1024);
        explain(pg.getJdbcUrl("postgres", "postgres"));
      } finally {
        micro.stop();
      }
    }
  }

  /**
   * BENCH_ONLY=a,b measures only the endpoints whose label holds one of these words (and the baseline): a
   * profile of one endpoint (JFR through BENCH_JVM_OPTS) then sees that endpoint alone.
   */
  static boolean only(String label) {
    String only = System.getenv("BENCH_ONLY");
    return only == null || only.isBlank() || label.startsWith("baseline")
        || java.util.Arrays.stream(only.split(",")).anyMatch(w -> label.contains(w.strip()));
  }

  static void growth(String war, String microJar, List<Integer> sizes) throws Exception {
    System.out.printf("| partnerships | search | requests/s | p50 ms | p99 ms | p50 ratio to the smallest |%n| ---: | --- | ---: | ---: | ---: | ---: |%n");
    Map<String, Double> first = new HashMap<>();
    for (int size : sizes) {
      try (EmbeddedPostgres pg = postgres()) {
        Micro micro = Micro.start(war, microJar, pg, freePort(), List.of());
        try {
          generate(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", size, 1);
          // signed in, so that every request reaches the database (public searches are kept in memory)
          String token = token(micro.base());
          String search = micro.base() + "api/v1/partnerships";
          // the page alone (total=none), then as clients send it by default (matches counted up to 1,000): the
          // cheaper first, so that the database is not still working through the slower one's queue
          for (String total : List.of("none", "bounded")) {
            Path lua = fixedSearchScript(token, total);
            Wrk.run(search, 10, lua);
            drain(micro.base());
            Wrk r = Wrk.run(search, 15, lua);
            first.putIfAbsent(total, r.p50);
            System.out.printf("| %,d | total=%s | %,.0f | %.1f | %.1f | %.2f |%n", size, total, r.rps, r.p50, r.p99, r.p50 / first.get(total));
          }
        } finally {
          micro.stop();
        }
      }
    }
  }

  static void startup(String war, String microJar, int rounds) throws Exception {
    Path bare = bareWar();
    try (EmbeddedPostgres pg = postgres()) {
      // a first start migrates the schema, so that every measured start finds the same database
      Micro.start(war, microJar, pg, freePort(), List.of()).stop();
      List<Double> bareTimes = new ArrayList<>();
      List<Double> wopsTimes = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        Micro b = Micro.start(bare.toString(), microJar, pg, freePort(), List.of(), "");
        bareTimes.add(b.startSeconds);
        b.stop();
        Micro w = Micro.start(war, microJar, pg, freePort(), List.of());
        wopsTimes.add(w.startSeconds);
        w.stop();
      }
      double bareMedian = median(bareTimes);
      double wopsMedian = median(wopsTimes);
      System.out.printf("bare Payara Micro, one-page WAR: %s -> median %.1f s%n", bareTimes, bareMedian);
      System.out.printf("WOPs Platform to /health/ready: %s -> median %.1f s%n", wopsTimes, wopsMedian);
      System.out.printf("ratio: %.2f%n", wopsMedian / bareMedian);
    }
  }

  static void soak(String war, String microJar, int partnerships, int seconds) throws Exception {
    try (EmbeddedPostgres pg = postgres()) {
      Micro micro = Micro.start(war, microJar, pg, freePort(), List.of());
      try {
        generate(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", partnerships, 10);
        String token = token(micro.base());
        Path lua = soakScript(partnerships, token);
        List<long[]> rss = new ArrayList<>();
        Thread sampler = new Thread(() -> {
          long start = System.nanoTime();
          while (!Thread.currentThread().isInterrupted()) {
            rss.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, micro.rssKb() / 1024});
            try {
              TimeUnit.SECONDS.sleep(10);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
        // a short run first fills the caches (bounded), so that the live heap compared is the steady one
        Wrk.run(micro.base() + "api/v1/partnerships", Math.max(1, Math.min(30, seconds / 5)), lua);
        drain(micro.base());
        long liveBefore = liveHeapMb(micro.process.pid());
        sampler.start();
        Wrk r = Wrk.run(micro.base() + "api/v1/partnerships", seconds, lua);
        sampler.interrupt();
        sampler.join();
        long liveAfter = liveHeapMb(micro.process.pid());
        System.out.printf("live heap after a full GC: %d MB before the soak, %d MB after it%n", liveBefore, liveAfter);
        System.out.printf("soak: %d s, %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, socket errors %d, non-2xx/3xx %d%n",
            seconds, r.rps, r.p50, r.p99, r.errors, r.non2xx);
        System.out.println("wrk's own count (Lua): " + r.luaSummary);
        System.out.println("RSS samples (s, MB): " + rss.stream().map(a -> a[0] + ":" + a[1]).toList());
        if (rss.size() < 4) {
          System.out.println("RSS: too few samples for a trend (a run of at least 40 s gives one)");
        } else {
          int half = rss.size() / 2;
          double firstHalf = rss.subList(1, half).stream().mapToLong(a -> a[1]).average().orElse(0);
          double secondHalf = rss.subList(half, rss.size()).stream().mapToLong(a -> a[1]).average().orElse(0);
          System.out.printf("RSS mean, first half %.0f MB, second half %.0f MB (%.1f %%)%n",
              firstHalf, secondHalf, 100 * (secondHalf - firstHalf) / firstHalf);
        }
      } finally {
        micro.stop();
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ the data set

  static final String[] COUNTRIES = {
    "KE", "UG", "TZ", "SN", "BJ", "GH", "ZA", "MA", "ET", "ZM", // Africa
    "PE", "BO", "CO", "MX", "BR", "HN", "JM", "CL", // Latin America and the Caribbean
    "PH", "ID", "VN", "IN", "BD", "KH", "NP", "LK", // Asia-Pacific
    "NL", "FR", "ES", "RS", "AL", "RO", // Europe
    "JO", "LB", "PS" // Middle East
  };
  static final String[] AREAS = {"NRW", "BILLING", "CUSTOMER_SERVICE", "ASSET_MANAGEMENT", "WATER_QUALITY", "NETWORK", "GIS", "ENERGY", "CLIMATE"};
  static final String[] STATUSES = {"IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "ACTIVE", "ACTIVE", "COMPLETED", "EVALUATED", "SUSPENDED", "CANCELLED"};
  static final String[] WORDS = {
    "losses", "leak", "detection", "billing", "metering", "customer", "service", "asset", "management", "water",
    "quality", "network", "pressure", "energy", "efficiency", "sanitation", "faecal", "sludge", "tariff", "planning",
    "climate", "resilience", "training", "mentoring", "district", "zones", "collection", "connections"
  };
  static final String[] TYPES = {"wop", "wop-mentoring", "wop-peer-exchange"};

  /** The stored form of the countries' regions, as the application writes it (Partnership.regions). */
  static String regions(String... countries) {
    return java.util.Arrays.stream(countries)
        .map(org.wops.domain.reference.Region::of)
        .flatMap(java.util.Optional::stream)
        .map(Enum::name)
        .distinct()
        .sorted()
        .collect(java.util.stream.Collectors.joining("|", "|", "|"));
  }

  /**
   * The platform's searchable form (org.wops.persistence.partnership.SearchText) of ASCII text: lower case, words
   * between single spaces, a space at both ends.
   */
  static String searchText(String... texts) {
    return " " + String.join(" ", texts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
  }

  static int operators(int partnerships) {
    return Math.max(20, partnerships / 10);
  }

  /**
   * Loads the data set with COPY: partnerships / 10 operators, the partnerships (7 in 10 published) with two
   * participants each, their countries and working areas, {@code milestonesEach} milestones, one indicator and one
   * approved update each. Ids start above every sequence, and the sequences move past them.
   */
  static void generate(String url, String user, String password, int partnerships, int milestonesEach)
      throws Exception {
    Random random = new Random(42);
    int ops = operators(partnerships);
    long base = 10_000_000L;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      String[] opCountry = new String[ops];
      try (Rows rows = new Rows(copy, "operators (id, version, name, short_name, kind, country_code, city, services, ownership,"
          + " registered_at, latitude, longitude, population_served, connections, alliance_member)")) {
        for (int i = 0; i < ops; i++) {
          opCountry[i] = COUNTRIES[random.nextInt(COUNTRIES.length)];
          rows.row(base + i, 1, "Utility " + i + " of " + opCountry[i], "U" + i, "UTILITY", opCountry[i], "City " + i,
              "WATER_AND_SANITATION", "PUBLIC", "2020-01-01 00:00:00+00",
              String.format(Locale.ROOT, "%.5f", random.nextDouble() * 120 - 50),
              String.format(Locale.ROOT, "%.5f", random.nextDouble() * 300 - 150),
              100_000 + random.nextInt(2_000_000), 10_000 + random.nextInt(300_000), random.nextBoolean());
        }
      }
      {
        Rows p = new Rows(copy, "partnerships (id, version, type_id, title, objectives, currency, status, published,"
              + " planned_start, planned_end, created_at, charter_compliant, agreed_charter_version, suspended_from, regions,"
              + " search_text)");
        Rows x = new Rows(copy, "partnership_participants (partnership_id, position, operator_id, role,"
              + " cash_contribution, in_kind_contribution)");
        Rows k = new Rows(copy, "partnership_countries (partnership_id, country_code)");
        Rows w = new Rows(copy, "partnership_working_areas (partnership_id, working_area)");
        for (int i = 0; i < partnerships; i++) {
          long id = base + i;
          // the status follows the id, so that scripts can pick open partnerships: i % 10 in 3..5 is ACTIVE
          String status = STATUSES[i % STATUSES.length];
          boolean agreed = List.of("AGREED", "ACTIVE", "COMPLETED", "EVALUATED", "SUSPENDED").contains(status);
          LocalDate start = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(15 * 365));
          String w1 = WORDS[random.nextInt(WORDS.length)];
          String w2 = WORDS[random.nextInt(WORDS.length)];
          int a = random.nextInt(ops);
          int b = (a + 1 + random.nextInt(ops - 1)) % ops;
          String title = "WOP " + i + ": " + w1 + " and " + w2;
          String objectives = "Reduce " + w1 + " and improve " + w2 + " with a peer utility; "
              + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + ".";
          p.row(id, 1, TYPES[random.nextInt(TYPES.length)], title, objectives,
              "USD", status, i % 10 < 7, start, start.plusMonths(18 + random.nextInt(24)),
              "2024-01-01 00:00:00+00", agreed && random.nextBoolean(), agreed ? "1" : null,
              status.equals("SUSPENDED") ? "ACTIVE" : null, regions(opCountry[a], opCountry[b]),
              searchText(title, objectives, "Utility " + a + " of " + opCountry[a], "U" + a,
                  "Utility " + b + " of " + opCountry[b], "U" + b));
          x.row(id, 0, base + a, "MENTOR", 1000 * random.nextInt(50), 1000 * random.nextInt(100));
          x.row(id, 1, base + b, "MENTEE", 1000 * random.nextInt(20), 1000 * random.nextInt(60));
          k.row(id, opCountry[a]);
          if (!opCountry[b].equals(opCountry[a])) {
            k.row(id, opCountry[b]);
          }
          String area1 = AREAS[random.nextInt(AREAS.length)];
          String area2 = AREAS[random.nextInt(AREAS.length)];
          w.row(id, area1);
          if (!area2.equals(area1)) {
            w.row(id, area2);
          }
        }
        p.close();
        x.close();
        k.close();
        w.close();
      }
      try (Rows m = new Rows(copy, "milestones (id, partnership_id, title, planned_date, actual_date, status, due_by,"
          + " planned_precision, actual_precision)")) {
        long mid = base;
        for (int i = 0; i < partnerships; i++) {
          LocalDate d = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(15 * 365));
          for (int j = 0; j < milestonesEach; j++) {
            LocalDate planned = d.plusDays(60L * j);
            boolean reached = planned.isBefore(LocalDate.now()) && random.nextInt(10) < 8;
            m.row(mid++, base + i, "Milestone " + (j + 1), planned, reached ? planned.plusDays(random.nextInt(20)) : null,
                reached ? "REACHED" : "PLANNED", planned, "DAY", reached ? "DAY" : null);
          }
        }
      }
      try (Rows u = new Rows(copy, "progress_updates (id, version, partnership_id, period_start, period_end, summary,"
              + " status, written_by, submitted_at, decided_by, decided_at)");
          Rows ind = new Rows(copy, "indicators (id, partnership_id, kpi_code, unit, baseline_value, baseline_date)")) {
        for (int i = 0; i < partnerships; i++) {
          ind.row(base + i, base + i, "NRW_PCT", "%", 20 + random.nextInt(40), "2020-01-01");
          u.row(base + i, 1, base + i, "2024-01-01", "2024-06-30", "Half-year progress of WOP " + i + ".", "APPROVED",
              "bench", "2024-07-01 00:00:00+00", "bench", "2024-07-02 00:00:00+00");
        }
      }
      try (Statement s = c.createStatement()) {
        long next = base + (long) partnerships * Math.max(1, milestonesEach) + 1000;
        for (String seq : List.of("operator_seq", "partnership_seq", "partnership_child_seq", "progress_update_seq")) {
          s.execute("select setval('" + seq + "', " + next + ")");
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        // vacuum now (the visibility map, for index-only scans) rather than let autovacuum do it during the
        // measurements: a million fresh rows kept it busy for minutes and slowed the first figures down
        s.execute("vacuum analyze");
      }
    }
  }

  /**
   * Rows for one table, spooled to a temporary file and loaded with one COPY (text format) when closed; tables are
   * closed parents first, so that the foreign keys hold (one connection runs one COPY at a time).
   */
  static final class Rows implements AutoCloseable {
    private final CopyManager copy;
    private final String table;
    private final Path file;
    private final java.io.Writer out;
    private final StringBuilder line = new StringBuilder(256);

    Rows(CopyManager copy, String table) throws IOException {
      this.copy = copy;
      this.table = table;
      this.file = Files.createTempFile("wops-copy", ".tsv");
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(Object... values) throws IOException {
      line.setLength(0);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          line.append('\t');
        }
        Object v = values[i];
        line.append(v == null ? "\\N" : v instanceof Boolean bool ? (bool ? "t" : "f") : v.toString()
            .replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
      }
      out.write(line.append('\n').toString());
    }

    @Override
    public void close() throws Exception {
      out.close();
      try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        copy.copyIn("copy " + table + " from stdin", in, 1 << 20);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The query plans of the main listings, for docs/BENCHMARKS.md. */
  static void explain(String url) throws Exception {
    // the statements the search sends (the count stops after 1,001 ids), with its parameters written in
    String filters = "t0.status in ('ACTIVE') and t0.published = true and t0.regions like '%|AFRICA|%'"
        + " and t0.search_vector @@ plainto_tsquery('simple', 'losses')";
    String[] queries = {
      "select t0.id from partnerships t0 where " + filters + " limit 1001",
      "select t0.id, t0.title from partnerships t0 where " + filters
          + " order by t0.created_at desc, t0.id desc limit 50",
      "select * from operators order by name, id limit 50 offset 150",
      "select count(*) from milestones m join partnerships p on p.id = m.partnership_id where m.status = 'PLANNED'"
          + " and p.status in ('IDENTIFIED','PROPOSED','AGREED','ACTIVE','SUSPENDED') and m.planned_date < current_date"
    };
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      for (String q : queries) {
        System.out.println("\nEXPLAIN ANALYZE " + q);
        try (ResultSet rs = s.executeQuery("explain (analyze, costs off, timing off) " + q)) {
          while (rs.next()) {
            System.out.println("    " + rs.getString(1));
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ wrk

  /** What wrk measured. */
  record Wrk(double rps, double p50, double p99, long errors, long non2xx, String luaSummary) {
    static Wrk run(String url, int seconds, Path lua) throws Exception {
      List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
          "--timeout", "10s"));
      if (lua != null) {
        cmd.addAll(List.of("-s", lua.toString()));
      }
      cmd.add(url);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("wrk failed: " + out);
      }
      double rps = number(out, "Requests/sec:\\s+([\\d.]+)");
      double p50 = millis(out, "50%");
      double p99 = millis(out, "99%");
      long errors = 0;
      Matcher e = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
      if (e.find()) {
        for (int i = 1; i <= 4; i++) {
          errors += Long.parseLong(e.group(i));
        }
      }
      Matcher n = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
      long non2xx = n.find() ? Long.parseLong(n.group(1)) : 0;
      Matcher lua2 = Pattern.compile("(?m)^statuses:.*$").matcher(out);
      return new Wrk(rps, p50, p99, errors, non2xx, lua2.find() ? lua2.group() : "");
    }

    static double number(String out, String regex) {
      Matcher m = Pattern.compile(regex).matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("no " + regex + " in " + out);
      }
      return Double.parseDouble(m.group(1));
    }

    static double millis(String out, String percentile) {
      Matcher m = Pattern.compile(Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("no " + percentile + " in " + out);
      }
      double v = Double.parseDouble(m.group(1));
      return switch (m.group(2)) {
        case "us" -> v / 1000;
        case "s" -> v * 1000;
        default -> v;
      };
    }
  }

  /**
   * Waits until the server has finished what a previous run left queued (wrk stops sending, not the server
   * answering): ten pings in a row under 20 ms.
   */
  static void drain(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int quick = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (quick < 10 && System.nanoTime() < deadline) {
      long t0 = System.nanoTime();
      http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/ping")).build(), HttpResponse.BodyHandlers.discarding());
      quick = (System.nanoTime() - t0) < 20_000_000L ? quick + 1 : 0;
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  /** How many distinct filter sets the search benchmark draws from. */
  static final int SEARCHES = 8 * 3 * 3 * 2;

  /**
   * Searches as a directory's visitors make them: one of 8 words, any status / ACTIVE / COMPLETED, any region / AFRICA /
   * ASIA_PACIFIC, newest first, page 1 or 2 of 50 ({@link #SEARCHES} distinct requests); with a personal API token
   * when one is given (signed-in searches are never served from the public cache); {@code extra} is added to every
   * address.
   */
  static Path searchScript(String token, String extra) throws IOException {
    Path lua = Files.createTempFile("wops-search", ".lua");
    Files.writeString(lua, """
        math.randomseed(5)
        local words = {"losses", "leak", "billing", "metering", "energy", "sanitation", "tariff", "training"}
        local statuses = {"", "&status=ACTIVE", "&status=COMPLETED"}
        local regions = {"", "&region=AFRICA", "&region=ASIA_PACIFIC"}
        local headers = {}
        local token = "%s"
        if token ~= "" then headers["Authorization"] = "Bearer " .. token end
        request = function()
          local path = "/api/v1/partnerships?q=" .. words[math.random(1, 8)] .. statuses[math.random(1, 3)]
            .. regions[math.random(1, 3)] .. "&sort=NEWEST&size=50&page=" .. math.random(0, 1) .. "%s"
          return wrk.format("GET", path, headers)
        end
        """.formatted(token == null ? "" : token, extra));
    return lua;
  }

  /** The growth's search, always the same, with a personal API token; {@code total}: bounded or none. */
  static Path fixedSearchScript(String token, String total) throws IOException {
    Path lua = Files.createTempFile("wops-growth", ".lua");
    Files.writeString(lua, """
        request = function()
          return wrk.format("GET", "/api/v1/partnerships?q=losses&status=ACTIVE&region=AFRICA&sort=NEWEST&size=50&total=%s",
            {["Authorization"] = "Bearer %s"})
        end
        """.formatted(total, token));
    return lua;
  }

  /** A random published partnership among the first {@code partnerships}. */
  static Path detailScript(int partnerships) throws IOException {
    Path lua = Files.createTempFile("wops-detail", ".lua");
    Files.writeString(lua, """
        math.randomseed(7)
        request = function()
          local i = math.random(0, %d - 1)
          i = i - (i %% 10) + math.random(0, 6)
          if i >= %d then i = 0 end
          return wrk.format("GET", "/api/v1/partnerships/" .. (10000000 + i))
        end
        """.formatted(partnerships, partnerships));
    return lua;
  }

  /** 8 reads (search, detail, statistics) for 2 writes (a new milestone) with a personal API token. */
  static Path soakScript(int partnerships, String token) throws IOException {
    Path lua = Files.createTempFile("wops-soak", ".lua");
    Files.writeString(lua, """
        math.randomseed(11)
        local threads = {}
        local n = 0
        function setup(thread)
          table.insert(threads, thread)
        end
        function init(args)
          counts = {}
        end
        request = function()
          n = n + 1
          local i = math.random(0, %d - 1)
          local k = n %% 10
          if k < 8 then
            i = i - (i %% 10) + math.random(0, 6)        -- published
          else
            i = i - (i %% 10) + math.random(3, 5)        -- published and ACTIVE: open to changes
          end
          if i >= %d then i = 3 end
          local id = 10000000 + i
          if k < 4 then
            return wrk.format("GET", "/api/v1/partnerships/" .. id)
          elseif k < 7 then
            return wrk.format("GET", "/api/v1/partnerships?q=losses&status=ACTIVE&size=50")
          elseif k < 8 then
            return wrk.format("GET", "/api/v1/statistics")
          else
            return wrk.format("POST", "/api/v1/partnerships/" .. id .. "/milestones",
              {["Content-Type"] = "application/json", ["Authorization"] = "Bearer %s"},
              '{"title":"Soak milestone","plannedDate":"2030-01-01"}')
          end
        end
        response = function(status, headers, body)
          counts[status] = (counts[status] or 0) + 1
        end
        done = function(summary, latency, requests)
          local total = {}
          for _, t in ipairs(threads) do
            local c = t:get("counts")
            if c then
              for status, count in pairs(c) do total[status] = (total[status] or 0) + count end
            end
          end
          local s = "statuses:"
          for status, count in pairs(total) do s = s .. " " .. status .. "=" .. count end
          io.write(s .. "\\n")
        end
        """.formatted(partnerships, partnerships, token));
    return lua;
  }

  // ------------------------------------------------------------------------------------------------ processes

  static EmbeddedPostgres postgres() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    String statementLog = System.getenv("BENCH_PG_LOG");
    if (statementLog != null && !statementLog.isBlank()) {
      // BENCH_PG_LOG=DIR: every statement the database runs, in DIR (to count the round trips of a request)
      builder.setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", statementLog)
          .setServerConfig("log_statement", "all");
    }
    return builder
        .setServerConfig("shared_buffers", "256MB")
        .setServerConfig("max_connections", "300")
        .setServerConfig("synchronous_commit", "off")
        // one process per query: on two cores shared with the platform, parallel workers only add start-up cost
        // to short queries (a search's page took 21 ms with two workers, 5 ms without)
        .setServerConfig("max_parallel_workers_per_gather", "0")
        .start();
  }

  /**
   * The JVM settings the README recommends for a 2-core machine, used for every instance measured here (the bare
   * baseline too): a 512 MB heap, the serial collector (one GC thread, no concurrent work stealing the request
   * threads' cores), smaller thread stacks, metaspace and code cache capped. BENCH_JVM_OPTS adds to them.
   */
  static final List<String> PLATFORM_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xss512k",
      "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=96m");

  /** 24 request threads: on two cores more threads only queue for the CPU and the database, and cost memory. */
  static final List<String> PLATFORM_MICRO = List.of("--maxHttpThreads", "24");

  /** A Payara Micro running a WAR; {@code startSeconds} from process start to ready. */
  static final class Micro {
    final Process process;
    final int port;
    final double startSeconds;

    private Micro(Process process, int port, double startSeconds) {
      this.process = process;
      this.port = port;
      this.startSeconds = startSeconds;
    }

    static Micro start(String war, String microJar, EmbeddedPostgres pg, int port, List<String> extra) throws Exception {
      return start(war, microJar, pg, port, extra, "health/ready");
    }

    static Micro start(String war, String microJar, EmbeddedPostgres pg, int port, List<String> extra, String readyPath)
        throws Exception {
      Path work = Files.createTempDirectory("wops-bench");
      List<String> cmd = new ArrayList<>(List.of(javaBin()));
      cmd.addAll(PLATFORM_JVM);
      String jvm = System.getenv("BENCH_JVM_OPTS");
      if (jvm != null && !jvm.isBlank()) {
        cmd.addAll(List.of(jvm.trim().split("\\s+")));
      }
      cmd.addAll(List.of("-jar", new File(microJar).getAbsolutePath(),
          "--deploy", new File(war).getAbsolutePath(), "--contextroot", "/", "--port", String.valueOf(port),
          "--nohazelcast"));
      cmd.addAll(PLATFORM_MICRO);
      String microOpts = System.getenv("BENCH_MICRO_OPTS");
      if (microOpts != null && !microOpts.isBlank()) {
        cmd.addAll(List.of(microOpts.trim().split("\\s+")));
      }
      cmd.addAll(extra);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
          .redirectOutput(work.resolve("payara-micro.log").toFile());
      pb.environment().put("WOPS_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
      pb.environment().put("WOPS_DB_URL", pg.getJdbcUrl("postgres", "postgres"));
      pb.environment().put("WOPS_DB_USER", "postgres");
      pb.environment().put("WOPS_DB_PASSWORD", "postgres");
      pb.environment().put("WOPS_MAIL_ENABLED", "false");
      pb.environment().put("WOPS_ADMIN_PASSWORD", ADMIN_PASSWORD);
      long t0 = System.nanoTime();
      Process p = pb.start();
      awaitOk(port, p, readyPath, work);
      return new Micro(p, port, (System.nanoTime() - t0) / 1e9);
    }

    String base() {
      return "http://127.0.0.1:" + port + "/";
    }

    long rssKb() {
      return status("VmRSS");
    }

    long peakRssKb() {
      return status("VmHWM");
    }

    private long status(String field) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
          if (line.startsWith(field + ":")) {
            return Long.parseLong(line.replaceAll("\\D", ""));
          }
        }
      } catch (IOException e) {
        return -1;
      }
      return -1;
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static void awaitOk(int port, Process micro, String path, Path work) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 3000; i++) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + work.resolve("payara-micro.log"));
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    micro.destroyForcibly();
    throw new IllegalStateException("Payara Micro not ready; see " + work.resolve("payara-micro.log"));
  }

  /** Imports a CSV of 1,000 operators, then one of {@code rows}; rows/s of each and their ratio. */
  static void importOperators(String war, String microJar, int rows) throws Exception {
    try (EmbeddedPostgres pg = postgres()) {
      Micro micro = Micro.start(war, microJar, pg, freePort(), List.of());
      try {
        importRate(micro, 1_000, "warm-up"); // the first import also warms the server up
        double small = importRate(micro, 1_000, "a");
        double large = importRate(micro, rows, "b");
        System.out.printf("%noperator import: 1,000 rows at %.0f rows/s; %,d rows at %.0f rows/s; ratio %.2f%n",
            small, rows, large, large / small);
        System.out.printf("peak RSS of Payara Micro after the imports: %d MB%n", micro.peakRssKb() / 1024);
      } finally {
        micro.stop();
      }
    }
  }

  private static final String[] IMPORT_NAMES = {
    "Société des Eaux de", "Stadtwerke", "Công ty Cấp nước", "Empresa de Agua Potable de", "Dji’i Water Board of",
    "Office National de l'Eau de"
  };

  private static double importRate(Micro micro, int rows, String series) throws Exception {
    StringBuilder csv = new StringBuilder("name,kind,country,city,services,ownership\n");
    for (int i = 0; i < rows; i++) {
      csv.append('"').append(IMPORT_NAMES[i % IMPORT_NAMES.length]).append(' ').append(series).append(i)
          .append("\",UTILITY,BJ,Cotonou,WATER_AND_SANITATION,PUBLIC\n");
    }
    String basic = java.util.Base64.getEncoder()
        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(micro.base() + "api/v1/operators/import"))
            .timeout(Duration.ofHours(2))
            .header("Authorization", "Basic " + basic).header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (r.statusCode() != 200 || !r.body().contains("\"created\":" + rows)) {
      throw new IllegalStateException("import of " + rows + " rows: " + r.statusCode() + " " + r.body());
    }
    System.out.printf("imported %,d rows in %.1f s%n", rows, seconds);
    return rows / seconds;
  }

  /** A personal API token of the first administrator (issued with HTTP Basic once). */
  /**
   * Signs the benchmark's administrator in through the login page, as a browser does: the cookies of the
   * session and of the sign-in it ends with (a real session, reused by every request of the run).
   */
  static String signIn(String base) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = client.send(
        HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page: " + page.statusCode());
    }
    String session = cookie(page, "JSESSIONID");
    String form = "login=login&login%3Ausername=admin&login%3Apassword="
        + java.net.URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
        + "&login%3Anext=&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
        + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = client.send(
        HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + session)
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    String signIn = cookie(signedIn, "wops-signin");
    String kept = cookie(signedIn, "JSESSIONID");
    if (signIn == null) {
      throw new IllegalStateException("not signed in: " + signedIn.statusCode());
    }
    return "JSESSIONID=" + (kept == null ? session : kept) + "; wops-signin=" + signIn;
  }

  private static String cookie(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .filter(v -> !v.isEmpty())
        .findFirst().orElse(null);
  }

  /** One page, signed in with these cookies. */
  static Path pageScript(String cookie, String path) throws IOException {
    Path lua = Files.createTempFile("wops-page", ".lua");
    Files.writeString(lua, """
        request = function()
          return wrk.format("GET", "%s", {["Cookie"] = "%s"})
        end
        """.formatted(path, cookie));
    return lua;
  }

  /** Any partnership's profile page, signed in (the administrator sees every one). */
  static Path profileScript(String cookie, int partnerships) throws IOException {
    Path lua = Files.createTempFile("wops-profile", ".lua");
    Files.writeString(lua, """
        math.randomseed(13)
        request = function()
          return wrk.format("GET", "/wop.xhtml?id=" .. (10000000 + math.random(0, %d - 1)), {["Cookie"] = "%s"})
        end
        """.formatted(partnerships, cookie));
    return lua;
  }

  static String token(String base) throws Exception {
    String basic = java.util.Base64.getEncoder()
        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/users/me/tokens"))
            .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"soak\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 201 || !m.find()) {
      throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  /**
   * What the server's heap holds after a full collection (jcmd GC.run, then jstat's used figures): what is really
   * kept, garbage aside. -1 when the JDK tools cannot reach the process.
   */
  static long liveHeapMb(long pid) {
    try {
      Process gc = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
      gc.getInputStream().readAllBytes();
      gc.waitFor(60, TimeUnit.SECONDS);
      Process stat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
      List<String> lines = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      stat.waitFor(60, TimeUnit.SECONDS);
      List<String> names = List.of(lines.get(0).trim().split("\\s+"));
      String[] values = lines.get(1).trim().split("\\s+");
      double kb = 0;
      for (String used : List.of("S0U", "S1U", "EU", "OU")) {
        kb += Double.parseDouble(values[names.indexOf(used)]);
      }
      return Math.round(kb / 1024);
    } catch (Exception e) {
      return -1;
    }
  }

  /** The baseline of the start-up measure: a WAR with a single page. */
  static Path bareWar() throws IOException {
    Path war = Files.createTempFile("bare", ".war");
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(war))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
      zip.write("<!DOCTYPE html><title>bare</title><p>ok".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return war;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
