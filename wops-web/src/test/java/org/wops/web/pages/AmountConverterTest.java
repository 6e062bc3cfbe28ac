package org.wops.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountConverterTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void amountsAreReadAsTheirReadersWriteThem() {
    assertThat(AmountConverter.parse("12500,50", FR)).contains(new BigDecimal("12500.50"));
    assertThat(AmountConverter.parse("12 500,50", FR)).contains(new BigDecimal("12500.50"));
    assertThat(AmountConverter.parse("12\u202f500,50", FR)).contains(new BigDecimal("12500.50"));
    assertThat(AmountConverter.parse("12500.75", FR)).contains(new BigDecimal("12500.75"));
    assertThat(AmountConverter.parse("12.500,50", ES)).contains(new BigDecimal("12500.50"));
    assertThat(AmountConverter.parse("1.000.000", ES)).contains(new BigDecimal("1000000"));
    assertThat(AmountConverter.parse("1.250,5", ES)).contains(new BigDecimal("1250.5"));
    assertThat(AmountConverter.parse("1 250", ES)).contains(new BigDecimal("1250"));
    assertThat(AmountConverter.parse("1000,5", ES)).contains(new BigDecimal("1000.5"));
    assertThat(AmountConverter.parse("12,500.50", EN)).contains(new BigDecimal("12500.50"));
    assertThat(AmountConverter.parse("1,000", EN)).contains(new BigDecimal("1000"));
    assertThat(AmountConverter.parse("1,000,000", FR)).contains(new BigDecimal("1000000"));
    assertThat(AmountConverter.parse("-500", FR))
        .as("negative: the domain says why it is refused")
        .contains(new BigDecimal("-500"));
  }

  @Test
  void whatIsNoAmountIsRefusedNotGuessed() {
    assertThat(AmountConverter.parse("abc", FR)).isEmpty();
    assertThat(AmountConverter.parse("12,5,0.1.2", FR)).isEmpty();
    assertThat(AmountConverter.parse("1e9", EN)).isEmpty();
    assertThat(AmountConverter.parse("12 500 F CFA", FR)).isEmpty();
    // digits grouped other than by threes are a typing error, not another amount
    assertThat(AmountConverter.parse("1.000.5", FR)).as("once read as 10005").isEmpty();
    assertThat(AmountConverter.parse("1,2,3", EN)).as("once read as 123").isEmpty();
    assertThat(AmountConverter.parse("12 50 000", FR)).isEmpty();
    assertThat(AmountConverter.parse("1.500.000,75", ES)).contains(new BigDecimal("1500000.75"));
    assertThat(AmountConverter.parse("12 500 000,50", FR)).contains(new BigDecimal("12500000.50"));
  }

  @Test
  void anAmountIsShownBackTheReadersWayAndReadsBackAsTheSameAmount() {
    assertThat(AmountConverter.format(new BigDecimal("12500.50"), FR).replace('\u202f', ' '))
        .isEqualTo("12 500,50");
    assertThat(AmountConverter.format(new BigDecimal("1500.75"), ES)).isEqualTo("1.500,75");
    // never shown as the page would ask it back
    assertThat(AmountConverter.format(new BigDecimal("1250"), ES)).isEqualTo("1250");
    assertThat(AmountConverter.format(new BigDecimal("1250.00"), ES)).isEqualTo("1.250,00");
    assertThat(AmountConverter.format(new BigDecimal("12500"), ES)).isEqualTo("12500");
    assertThat(AmountConverter.format(new BigDecimal("12500000"), ES)).isEqualTo("12.500.000");
    assertThat(AmountConverter.format(new BigDecimal("12500.5"), EN)).isEqualTo("12,500.5");
    for (Locale locale : new Locale[] {FR, ES, EN}) {
      for (String amount :
          new String[] {
            "1500",
            "1.500",
            "1000000",
            "-250",
            "0.0001",
            "12500.50",
            "12500",
            "125000",
            "-1250",
            "1250.00"
          }) {
        BigDecimal value = new BigDecimal(amount);
        assertThat(AmountConverter.parse(AmountConverter.format(value, locale), locale))
            .as(amount + " in " + locale)
            .contains(value);
      }
    }
  }

  @Test
  void anEntryTheReadersLanguageReadsTwoWaysOrTheOtherWayRoundIsRefusedWithHowToWriteIt() {
    AmountConverter.Reading twoWays = AmountConverter.read("1.250", FR);
    assertThat(twoWays.value()).isNull();
    assertThat(twoWays.refusal()).isEqualTo("ambiguous");
    assertThat(twoWays.instead())
        .extracting(x -> x.replace('\u202f', ' '))
        .containsExactly("1 250", "1,25");
    AmountConverter.Reading english = AmountConverter.read("1,5", EN);
    assertThat(english.refusal()).isEqualTo("other-way");
    assertThat(english.instead()).containsExactly("1.5");
    assertThat(AmountConverter.read("1,250,000.50", FR).instead())
        .extracting(x -> x.replace('\u202f', ' '))
        .containsExactly("1 250 000,50");
    assertThat(AmountConverter.read("1.5", ES).instead()).containsExactly("1,5");
    // one point and three digits: a thousands point in Spain, a decimal point in Mexico; asked
    AmountConverter.Reading spanish = AmountConverter.read("1.250", ES);
    assertThat(spanish.refusal()).isEqualTo("ambiguous");
    assertThat(spanish.instead()).containsExactly("1250", "1,25");
    assertThat(AmountConverter.read("12.500", ES).instead()).containsExactly("12500", "12,5");
    assertThat(AmountConverter.read("-1.250", ES).refusal()).isEqualTo("ambiguous");
    // a leading zero is never a group of thousands: 0.495 kWh/m³ was stored as 495
    assertThat(AmountConverter.read("0.495", ES).instead()).containsExactly("0,495");
    assertThat(AmountConverter.read("00.495", ES).refusal()).isEqualTo("other-way");
    assertThat(AmountConverter.read("0,495", EN).instead()).containsExactly("0.495");
    assertThat(AmountConverter.read("0.620", FR).value())
        .as("a decimal point on the French page, not 620")
        .isEqualByComparingTo("0.620");
    assertThat(AmountConverter.read("0.495.000", ES).refusal()).isEqualTo("invalid");
    assertThat(AmountConverter.read("-0.5", ES).instead()).containsExactly("-0,5");
    assertThat(AmountConverter.read("1,250", EN).value()).isEqualByComparingTo("1250");
    assertThat(AmountConverter.read("12345678901234567890", FR).refusal()).isEqualTo("too-large");
    assertThat(AmountConverter.read("1,23456", FR).refusal()).isEqualTo("too-large");
    assertThat(AmountConverter.read("douze", FR).refusal()).isEqualTo("invalid");
    assertThat(AmountConverter.parse("1 250 000,50", FR).orElseThrow().scale())
        .as("the decimals as typed")
        .isEqualTo(2);
  }
}
