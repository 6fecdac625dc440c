package org.partnerdashboard.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.partnerdashboard.base.Languages;

/** Locale-aware formats for figures shown to users: one place, so every view formats alike. */
public final class Formats {

    private Formats() {
    }

    /**
     * A date as every page shows it and every date picker writes it, one pattern per language: "Nov 28, 2026" in
     * English, "28/11/2026" in Spanish (the picker cannot write month names in Spanish, so Spanish uses numbers).
     */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
    }

    /** The pattern of {@link #date}: the same letters in Java and in the date picker's formatter. */
    public static String datePattern(Locale locale) {
        return "es".equals(Languages.closest(locale).getLanguage()) ? "d/M/yyyy" : "MMM d, yyyy";
    }

    /**
     * A moment as date and time in the server's zone. The narrow no-break space Java puts before "AM" becomes a plain
     * space: PDF's standard fonts and many others have no glyph for it.
     */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** US dollars, in the user's number style. */
    public static String dollars(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("USD"));
        return format.format(amount);
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number as entered, with grouping and no trailing zeros: "1,310" or "62.5". */
    public static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    public static String percent(double percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent / 100.0);
    }
}
