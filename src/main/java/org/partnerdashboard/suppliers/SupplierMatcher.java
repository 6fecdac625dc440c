package org.partnerdashboard.suppliers;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the supplier a list's row is about: the same list's own id first, then the rule the registration check
 * uses, extended: the same normalized name, website domain, contact email or phone number. Within a file, only the
 * list's id and the name count (two companies of one group may share a phone).
 */
final class SupplierMatcher {

    /** A supplier (or an earlier row of the file) a row matches, and by what ("source", "name", "website"…). */
    record Match(Long supplierId, String name, String by, int line) {
    }

    private final Map<String, Match> bySourceRecord = new HashMap<>();
    private final Map<String, Match> byName = new HashMap<>();
    private final Map<String, Match> byDomain = new HashMap<>();
    private final Map<String, Match> byEmail = new HashMap<>();
    private final Map<String, Match> byPhone = new HashMap<>();

    private SupplierMatcher() {
    }

    static SupplierMatcher empty() {
        return new SupplierMatcher();
    }

    /** The directory's suppliers (merged and rejected ones left out); {@code sourceId}: the list being imported. */
    static SupplierMatcher of(EntityManager entityManager, Long sourceId) {
        SupplierMatcher matcher = new SupplierMatcher();
        List<Object[]> rows = entityManager.createQuery("""
                        select s.id, s.legalName, s.nameKey, s.website, s.contactEmail, s.contactPhone, s.sourceId,
                            s.sourceRecordId
                        from Supplier s where s.registrationStatus not in :closed order by s.id""", Object[].class)
                .setParameter("closed", List.of(RegistrationStatus.MERGED, RegistrationStatus.REJECTED))
                .getResultList();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            String name = (String) r[1];
            if (sourceId != null && sourceId.equals(r[6]) && r[7] != null) {
                matcher.bySourceRecord.putIfAbsent((String) r[7], new Match(id, name, "source", 0));
            }
            matcher.byName.putIfAbsent((String) r[2], new Match(id, name, "name", 0));
            put(matcher.byDomain, SupplierListValues.domain((String) r[3]), new Match(id, name, "website", 0));
            put(matcher.byEmail, (String) r[4], new Match(id, name, "email", 0));
            put(matcher.byPhone, digits((String) r[5]), new Match(id, name, "phone", 0));
        }
        return matcher;
    }

    /** Remembers a row of the file, so a later row about the same company is found. */
    void add(SupplierListEntry entry, int line, Long supplierId) {
        Match match = new Match(supplierId, entry.legalName(), "name", line);
        if (entry.sourceRecordId() != null) {
            bySourceRecord.putIfAbsent(entry.sourceRecordId(), match);
        }
        byName.putIfAbsent(SupplierNames.key(entry.legalName()), match);
    }

    /** The match for a row, or null; {@code everyKey}: also by website, email and phone (the directory's rule). */
    Match find(SupplierListEntry entry, boolean everyKey) {
        Match found = entry.sourceRecordId() == null ? null : bySourceRecord.get(entry.sourceRecordId());
        if (found == null) {
            found = byName.get(SupplierNames.key(entry.legalName()));
        }
        if (found == null && everyKey) {
            found = firstOf(byDomain.get(key(SupplierListValues.domain(entry.website()))),
                    byEmail.get(key(entry.contactEmail())), byPhone.get(key(digits(entry.contactPhone()))));
        }
        return found;
    }

    private static Match firstOf(Match... candidates) {
        for (Match candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }

    private static void put(Map<String, Match> map, String key, Match match) {
        if (key != null && !key.isBlank()) {
            map.putIfAbsent(key.toLowerCase(Locale.ROOT), match);
        }
    }

    /** A phone's ten digits, for comparing numbers written differently; null when it has not 10. */
    private static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.split("(?i)\\s*(?:ext|x|#)")[0].replaceAll("\\D", "");
        digits = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
        return digits.length() == 10 ? digits : null;
    }
}
