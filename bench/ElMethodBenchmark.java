import jakarta.el.ELContext;
import jakarta.el.ELProcessor;
import jakarta.el.ValueExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wops.domain.shared.PartialDate;
import org.wops.web.pages.CachedMethodELResolver;

/**
 * The pages' method expressions evaluated by the standard EL resolvers alone (the baseline) and with
 * CachedMethodELResolver in front, in the same run, alternating rounds. Prints evaluations per
 * second of each and their ratio. bench/el-benchmark.sh runs it.
 */
public class ElMethodBenchmark {
  public static class Labels {
    public String partialDate(PartialDate d) {
      return d == null ? "" : d.toString();
    }

    public String format(String key, Object... args) {
      return key;
    }
  }

  public record Milestone(String title, PartialDate plannedDate, Optional<PartialDate> actualDate) {}

  public record Row(Milestone milestone, long partnershipId) {}

  // a dashboard row's expressions, as dashboard.xhtml and wop.xhtml write them
  static final List<String> EXPRESSIONS =
      List.of(
          "#{labels.partialDate(d.milestone().plannedDate())}",
          "#{d.milestone().title()}",
          "#{'milestone.planned-on.'.concat(d.milestone().plannedDate().precision().name())}",
          "#{labels.partialDate(d.milestone().actualDate().orElse(null))}",
          "#{d.partnershipId()}");

  record Setup(ELContext context, List<ValueExpression> expressions) {}

  static Setup setup(boolean cached) {
    ELProcessor el = new ELProcessor();
    if (cached) {
      el.getELManager().addELResolver(new CachedMethodELResolver());
    }
    el.defineBean("labels", new Labels());
    el.defineBean(
        "d",
        new Row(
            new Milestone(
                "Visite d’échange à Dresde", PartialDate.ofMonth(2031, 9), Optional.of(PartialDate.ofYear(2031))),
            42L));
    ELContext c = el.getELManager().getELContext();
    List<ValueExpression> parsed = new ArrayList<>();
    for (String e : EXPRESSIONS) {
      parsed.add(el.getELManager().getExpressionFactory().createValueExpression(c, e, Object.class));
    }
    return new Setup(c, parsed);
  }

  static long round(Setup s, int n) {
    long sink = 0;
    for (int i = 0; i < n; i++) {
      for (ValueExpression v : s.expressions()) {
        Object r = v.getValue(s.context());
        sink += r == null ? 0 : r.hashCode();
      }
    }
    return sink;
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Setup standard = setup(false);
    Setup cached = setup(true);
    round(standard, n / 10); // warm-up
    round(cached, n / 10);
    double best0 = 0, best1 = 0;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      sink += round(standard, n);
      long t1 = System.nanoTime();
      sink += round(cached, n);
      long t2 = System.nanoTime();
      best0 = Math.max(best0, n * EXPRESSIONS.size() / ((t1 - t0) / 1e9));
      best1 = Math.max(best1, n * EXPRESSIONS.size() / ((t2 - t1) / 1e9));
    }
    System.out.printf("evaluations=%d x %d rounds (sink %d)%n", n * EXPRESSIONS.size(), rounds, sink % 10);
    System.out.printf("standard_evals_per_s=%.0f%n", best0);
    System.out.printf("cached_evals_per_s=%.0f%n", best1);
    System.out.printf("ratio=%.2f%n", best1 / best0);
  }
}
