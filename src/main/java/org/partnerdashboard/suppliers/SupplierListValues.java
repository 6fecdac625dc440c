package org.partnerdashboard.suppliers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the cells of real supplier lists (CRM exports, member lists, certified-vendor directories, SAM.gov extracts)
 * are read into a supplier's fields. Pure: every rule is a function of the cell, unit-tested one by one.
 */
public final class SupplierListValues {

    /** A code of 2 to 6 digits, with the certification suffix some directories pack onto it ("332710-MBE/DBE"). */
    private static final Pattern NAICS = Pattern.compile("(?<![0-9])(\\d{2,6})(?![0-9])(?:\\s*-\\s*([A-Za-z][A-Za-z/]*))?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?:[:/?#].*)?$");

    private SupplierListValues() {
    }

    /**
     * The NAICS codes of a cell. {@code industries}: 6-digit manufacturing codes the app knows (stored as the
     * supplier's industries); {@code primarySubsector}: the first manufacturing code's subsector, null for a service
     * provider; {@code other}: every other code as written (2–5 digits, non-manufacturing, unknown), kept as text;
     * {@code certifications}: suffixes such as "MBE/DBE", read as certifications.
     */
    public record NaicsCodes(List<String> industries, String primarySubsector, List<String> other,
            List<String> certifications) {
    }

    public static NaicsCodes naics(String cell, Set<String> knownIndustries, Set<String> knownSubsectors) {
        Set<String> industries = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        List<String> suffixes = new ArrayList<>();
        String primary = null;
        Matcher m = NAICS.matcher(cell == null ? "" : cell);
        while (m.find()) {
            String code = m.group(1);
            if (m.group(2) != null) {
                suffixes.add(m.group(2));
            }
            boolean manufacturing = code.length() >= 3 && knownSubsectors.contains(code.substring(0, 3));
            if (manufacturing && primary == null) {
                primary = code.substring(0, 3);
            }
            if (code.length() == 6 && knownIndustries.contains(code)) {
                industries.add(code);
            } else {
                other.add(code);
            }
        }
        return new NaicsCodes(List.copyOf(industries), primary, List.copyOf(other), List.copyOf(suffixes));
    }

    /** Certifications as lists write them, mapped to the app's sets; anything else kept as written. */
    public record Certifications(Set<QualityCertification> quality, Set<DiversityCertification> diversity,
            List<String> other) {
    }

    public static Certifications certifications(List<String> cells) {
        Set<QualityCertification> quality = EnumSet.noneOf(QualityCertification.class);
        Set<DiversityCertification> diversity = EnumSet.noneOf(DiversityCertification.class);
        Set<String> other = new LinkedHashSet<>();
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.toUpperCase(Locale.ROOT).replaceAll("\\bM\\s*/\\s*WBE\\b", "MBE,WBE")
                    .replaceAll("\\bMWBE\\b", "MBE,WBE");
            for (String token : text.split("[,;|\\n/]+")) {
                String word = token.trim();
                if (word.isEmpty()) {
                    continue;
                }
                if (!quality(word, quality) && !diversity(word, diversity)) {
                    other.add(cell.contains(word) ? word : original(cell, word));
                }
            }
        }
        return new Certifications(quality, diversity, List.copyOf(other));
    }

    private static boolean quality(String word, Set<QualityCertification> found) {
        String squeezed = word.replaceAll("[^A-Z0-9]", "");
        QualityCertification match = squeezed.startsWith("ISO9001") ? QualityCertification.ISO_9001
                : squeezed.startsWith("AS9100") ? QualityCertification.AS9100
                : squeezed.contains("IATF16949") || squeezed.equals("IATF") ? QualityCertification.IATF_16949
                : squeezed.startsWith("ISO13485") ? QualityCertification.ISO_13485
                : squeezed.startsWith("ISO14001") ? QualityCertification.ISO_14001
                : squeezed.startsWith("ITAR") ? QualityCertification.ITAR
                : squeezed.startsWith("NADCAP") ? QualityCertification.NADCAP : null;
        if (match == null) {
            return false;
        }
        found.add(match);
        return true;
    }

    private static boolean diversity(String word, Set<DiversityCertification> found) {
        String w = " " + word.replaceAll("[^A-Z]+", " ") + " ";
        DiversityCertification match = w.contains(" SDVOSB ") || w.contains(" SDVBE ") || w.contains("SERVICE DISABLED")
                ? DiversityCertification.SDVOSB
                : w.contains(" VOSB ") || w.contains(" VBE ") || w.contains("VETERAN") ? DiversityCertification.VOSB
                : w.contains(" MBE ") || w.contains("MINORITY") ? DiversityCertification.MBE
                : w.contains(" WBE ") || w.contains("WOMEN") || w.contains("WOMAN") ? DiversityCertification.WBE
                : w.contains(" DBE ") || w.contains("DISADVANTAGED BUSINESS ENTERPRISE") ? DiversityCertification.DBE
                : w.contains("HUBZONE") || w.contains("HUB ZONE") ? DiversityCertification.HUBZONE : null;
        if (match == null) {
            return false;
        }
        found.add(match);
        return true;
    }

    /** The token as the cell wrote it (case kept), for text kept as it is. */
    private static String original(String cell, String upper) {
        int at = cell.toUpperCase(Locale.ROOT).indexOf(upper);
        return at < 0 ? upper : cell.substring(at, at + upper.length());
    }

    /**
     * A ZIP code as "60608" or "60608-1234": ZIP+4 with or without its dash, a trailing dash, a spreadsheet's
     * "60608.0", or a lost leading zero ("2134" → "02134"). Empty when the cell is blank or not a ZIP code.
     */
    public static Optional<String> zip(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.trim().replaceAll("\\.0+$", "").replaceAll("-$", "").replace(" ", "");
        if (text.matches("\\d{5}(-\\d{4})?")) {
            return Optional.of(text);
        }
        if (text.matches("\\d{9}")) {
            return Optional.of(text.substring(0, 5) + "-" + text.substring(5));
        }
        if (text.matches("\\d{3,4}")) {
            return Optional.of("0".repeat(5 - text.length()) + text);
        }
        if (text.matches("\\d{3,4}-\\d{4}")) {
            String[] parts = text.split("-");
            return Optional.of("0".repeat(5 - parts[0].length()) + parts[0] + "-" + parts[1]);
        }
        return Optional.empty();
    }

    /** A state's two-letter code from its code or name ("Illinois", "ILLINOIS", "Ill.", "il"); empty if unknown. */
    public static Optional<String> state(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.trim().replace(".", "").toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (UsStates.CODES.contains(text)) {
            return Optional.of(text);
        }
        return Optional.ofNullable(UsStates.BY_NAME.get(text));
    }

    /** A US phone number as "(312) 555-0100", with any extension kept; empty when it has not 10 digits. */
    public static Optional<String> phone(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String[] parts = cell.trim().split("(?i)\\s*(?:ext\\.?|x|#)\\s*", 2);
        String digits = parts[0].replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            return Optional.empty();
        }
        String extension = parts.length > 1 && parts[1].matches("\\d{1,6}") ? " x" + parts[1] : "";
        return Optional.of("(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6)
                + extension);
    }

    /** A website as "https://host/path" (a scheme added where missing, the host in lower case); empty if none. */
    public static Optional<String> website(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.trim();
        Matcher host = HOST.matcher(text);
        if (!host.matches() || text.contains(" ")) {
            return Optional.empty();
        }
        String withScheme = text.matches("(?i)^https?://.*") ? text : "https://" + text;
        int start = withScheme.indexOf("://") + 3;
        int end = withScheme.indexOf('/', start);
        String hostPart = end < 0 ? withScheme.substring(start) : withScheme.substring(start, end);
        return Optional.of(withScheme.substring(0, start).toLowerCase(Locale.ROOT) + hostPart.toLowerCase(Locale.ROOT)
                + (end < 0 ? "" : withScheme.substring(end)));
    }

    /** A website's domain for matching ("acme.com" for "https://www.ACME.com/tools"); null if none. */
    public static String domain(String website) {
        if (website == null) {
            return null;
        }
        Matcher host = HOST.matcher(website.trim());
        return host.matches() ? host.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** An email address in lower case when it is one; empty otherwise. */
    public static Optional<String> email(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.trim().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(text).matches() && text.length() <= 200 ? Optional.of(text) : Optional.empty();
    }

    /** A head count: "1,200", "45", or a range "50-99" read as its lower bound; empty if unreadable. */
    public static Optional<Integer> employees(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(\\d[\\d,]*)").matcher(cell.replaceAll("\\.0+\\b", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(m.group(1).replace(",", ""));
            return count >= 0 && count <= SupplierRules.MAX_EMPLOYEES ? Optional.of(count) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /**
     * A county's FIPS code from a county cell: "17031", "031", "Cook", "Cook County", "COOK CO." — among the
     * counties given (name → FIPS); empty when the cell names none of them.
     */
    public static Optional<String> county(String cell, Map<String, String> fipsByName) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.trim();
        if (text.matches("\\d{5}") && fipsByName.containsValue(text)) {
            return Optional.of(text);
        }
        if (text.matches("\\d{3}") && fipsByName.containsValue("17" + text)) {
            return Optional.of("17" + text);
        }
        String name = text.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+(county|co)$", "").trim();
        return fipsByName.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "").equals(name))
                .map(Map.Entry::getValue).findFirst();
    }
}
