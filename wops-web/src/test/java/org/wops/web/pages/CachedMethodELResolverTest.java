package org.wops.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.PartialDate;

/**
 * The resolver answers what the standard resolvers answer, with the pages' kinds of expressions:
 * record accessors, enums, Optional, overloads, varargs and arguments EL coerces.
 */
class CachedMethodELResolverTest {

  /** What a page's bean looks like to EL: overloads, varargs, primitives. */
  public static class Labels {
    public String partialDate(PartialDate d) {
      return d == null ? "—" : "date " + d;
    }

    public String date(LocalDate d) {
      return "day " + d;
    }

    public String date(LocalDate d, String style) {
      return "day " + d + " " + style;
    }

    public String format(String key, Object... args) {
      return key + List.of(args);
    }

    public String twice(int times, String text) {
      return text.repeat(times);
    }

    public String refuse(String why) {
      throw new IllegalStateException(why);
    }
  }

  public record Milestone(
      String title, PartialDate plannedDate, Optional<PartialDate> actualDate) {}

  private static ELProcessor el(boolean cached) {
    ELProcessor el = new ELProcessor();
    if (cached) {
      el.getELManager().addELResolver(new CachedMethodELResolver());
    }
    el.defineBean("labels", new Labels());
    el.defineBean(
        "m",
        new Milestone(
            "Visite d’échange à Dresde – Dji’i",
            PartialDate.ofMonth(2031, 9),
            Optional.of(PartialDate.ofYear(2031))));
    el.defineBean("none", null);
    return el;
  }

  @Test
  void answersEveryExpressionAsTheStandardResolversDo() {
    List<String> expressions =
        List.of(
            "m.title()",
            "m.plannedDate().precision().name()",
            "labels.partialDate(m.plannedDate())",
            "labels.partialDate(m.actualDate().orElse(null))",
            "labels.partialDate(none)",
            "labels.date(m.plannedDate().first())",
            "labels.date(m.plannedDate().first(), 'long')",
            "labels.format('wop.signatures.count', 2, 3)",
            "labels.twice(2, m.title())",
            "'milestone.planned-on.'.concat(m.plannedDate().precision().name())",
            "m.title().length()",
            "[3, 1].size()");
    ELProcessor standard = el(false);
    ELProcessor cached = el(true);
    for (String e : expressions) {
      assertThat((Object) cached.eval(e)).as(e).isEqualTo(standard.eval(e));
    }
    assertThat((Object) cached.eval("labels.twice(2, 'Dji’i')")).isEqualTo("Dji’iDji’i");
  }

  @Test
  void aMethodThatThrowsIsAnElExceptionWithItsCause() {
    assertThatThrownBy(() -> el(true).eval("labels.refuse('non')"))
        .isInstanceOf(ELException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("non");
  }

  @Test
  void leavesOverloadsVarargsAndCoercedArgumentsToTheStandardResolvers() {
    CachedMethodELResolver resolver = new CachedMethodELResolver();
    jakarta.el.ELContext context = new ELProcessor().getELManager().getELContext();
    Labels labels = new Labels();

    assertThat(resolver.invoke(context, labels, "date", null, new Object[] {LocalDate.now()}))
        .as("two methods named date with one and two parameters: one each, resolved")
        .isNotNull();
    assertThat(context.isPropertyResolved()).isTrue();

    context.setPropertyResolved(false);
    assertThat(resolver.invoke(context, labels, "format", null, new Object[] {"k", 1L}))
        .as("varargs")
        .isNull();
    assertThat(context.isPropertyResolved()).isFalse();
    assertThat(resolver.invoke(context, labels, "twice", null, new Object[] {2L, "x"}))
        .as("a Long EL would coerce to int")
        .isNull();
    assertThat(resolver.invoke(context, labels, "twice", null, new Object[] {null, "x"}))
        .as("null for a primitive")
        .isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }
}
