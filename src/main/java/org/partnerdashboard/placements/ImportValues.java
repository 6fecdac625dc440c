package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.partnerdashboard.base.Subsector;

/** Reads the text of spreadsheet cells the ways community organizations write them. Null means "could not read". */
final class ImportValues {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private ImportValues() {
    }

    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static BigDecimal wage(String text) {
        try {
            return new BigDecimal(text.replace("$", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static PlacementType type(String text) {
        return switch (key(text)) {
            case "DIRECT_HIRE", "DIRECT", "HIRE", "JOB", "EMPLOYMENT" -> PlacementType.DIRECT_HIRE;
            case "TRAINING" -> PlacementType.TRAINING;
            case "APPRENTICESHIP", "APPRENTICE" -> PlacementType.APPRENTICESHIP;
            default -> null;
        };
    }

    static PlacementStatus status(String text) {
        return switch (key(text)) {
            case "ACTIVE", "EMPLOYED", "CURRENT" -> PlacementStatus.ACTIVE;
            case "COMPLETED", "COMPLETE", "GRADUATED" -> PlacementStatus.COMPLETED;
            case "ENDED", "LEFT", "TERMINATED", "SEPARATED" -> PlacementStatus.ENDED;
            default -> null;
        };
    }

    static Boolean yesNo(String text) {
        return switch (key(text)) {
            case "YES", "Y", "TRUE", "1", "FULL_TIME", "FT" -> Boolean.TRUE;
            case "NO", "N", "FALSE", "0", "PART_TIME", "PT" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** "332", "332 Fabricated Metal…" or "332710" all mean subsector 332. */
    static String subsector(String text) {
        String digits = text.trim();
        return digits.length() >= 3 && Subsector.isCode(digits.substring(0, 3)) ? digits.substring(0, 3) : null;
    }

    private static String key(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
