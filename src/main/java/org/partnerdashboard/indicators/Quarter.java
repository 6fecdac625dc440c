package org.partnerdashboard.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import org.partnerdashboard.base.Translation;

/** A calendar quarter, as QCEW reports: "2016 Q1". */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
    }

    /** Sorts and compares as one number: 20161 for 2016 Q1. */
    public int index() {
        return year * 10 + quarter;
    }

    public Quarter yearBefore() {
        return new Quarter(year - 1, quarter);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter minusQuarters(int quarters) {
        int index = year * 4 + quarter - 1 - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public Quarter minusYears(int years) {
        return new Quarter(year - years, quarter);
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    /** "2016 Q1", or null for text that is not a quarter. */
    public static Quarter parse(String text) {
        if (text == null || !text.matches("\\d{4}-?Q?[1-4]")) {
            return null;
        }
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(text.length() - 1) - '0');
    }

    /** "2016-Q1", for URLs. */
    public String key() {
        return year + "-Q" + quarter;
    }

    /** As readers of the language write it, "2025 Q4" or "T4 2025" (the bundles' {@code quarter.label}). */
    public String label(Translation translate) {
        return translate.text("quarter.label", year, quarter);
    }

    @Override
    public String toString() {
        return year + " Q" + quarter;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }
}
