package org.wops.api.support;

import java.util.regex.Pattern;

/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): a cell that starts with {@code
 * = + - @}, a tab or a carriage return is written with a single quote in front, which a spreadsheet
 * reads as "this is text". Plain numbers ({@code -12.5}, {@code +3}) are left alone: a spreadsheet
 * reads them as numbers, which is what they are.
 *
 * <p>{@link #unescape} undoes exactly what {@link #escape} did, so that export then import gives
 * back every cell byte for byte: a cell that already starts with a quote before something that
 * would be escaped ({@code '=x}) gets a second quote, and loses only that one when read back.
 */
public final class CsvCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private CsvCells() {}

  /** Whether a spreadsheet would take this cell, as written, for a formula. */
  public static boolean formulaLike(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    if (first == '\'') {
      return formulaLike(cell.substring(1));
    }
    return (first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r')
        && !PLAIN_NUMBER.matcher(cell).matches();
  }

  /** The cell as it is written to a CSV file: quoted with {@code '} when formula-like. */
  public static String escape(String cell) {
    return formulaLike(cell) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #escape}. */
  public static String unescape(String cell) {
    return cell != null && cell.startsWith("'") && formulaLike(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Whether {@link #unescape} removes a quote from this cell. */
  public static boolean escaped(String cell) {
    return !java.util.Objects.equals(unescape(cell), cell);
  }

  /** Every cell of a row, escaped ({@code null} stays empty; numbers and booleans as text). */
  public static Object[] row(Object... cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cells[i] == null ? "" : escape(String.valueOf(cells[i]));
    }
    return out;
  }
}
