package org.partnerdashboard.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.SpreadsheetReader;
import org.partnerdashboard.mail.MailService;

/**
 * Reads a consented contact list: an e-mail column (required) and a language column (en or es, English when
 * empty), in English or Spanish headers. Every row must be right, or nothing is imported and the lines are named.
 */
final class ContactList {

    static final int MAX_CONTACTS = 20_000;
    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "email address", "correo",
            "correo electrónico", "correo electronico");
    private static final Set<String> LANGUAGE_HEADERS = Set.of("language", "lang", "idioma");
    private static final int LINES_NAMED = 10;

    record Contact(String email, String language) {
    }

    private ContactList() {
    }

    static List<Contact> read(String fileName, byte[] content) {
        ImportTable table = SpreadsheetReader.read(fileName, content);
        Integer email = column(table, EMAIL_HEADERS);
        if (email == null) {
            throw new InvalidInputException("subscribers.error.no-email-column", "subscribers.import.file");
        }
        if (table.rows().size() > MAX_CONTACTS) {
            throw new InvalidInputException("subscribers.error.too-many", "subscribers.import.file",
                    String.valueOf(MAX_CONTACTS));
        }
        Integer language = column(table, LANGUAGE_HEADERS);
        Map<String, Contact> contacts = new LinkedHashMap<>();
        List<Integer> badLines = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            String address = table.cell(row, email);
            String tag = language == null ? "" : table.cell(row, language).toLowerCase(Locale.ROOT);
            String chosen = tag.isEmpty() || tag.startsWith("en") || tag.equals("english") || tag.equals("inglés")
                    ? "en" : tag.startsWith("es") || tag.equals("spanish") || tag.equals("español") ? "es" : null;
            if (address.isEmpty() && tag.isEmpty()) {
                continue;
            }
            if (!MailService.isAddress(address) || chosen == null) {
                badLines.add(ImportTable.lineOf(row));
                continue;
            }
            String key = address.toLowerCase(Locale.ROOT);
            contacts.putIfAbsent(key, new Contact(key, chosen));
        }
        if (!badLines.isEmpty()) {
            List<String> named = badLines.stream().limit(LINES_NAMED).map(String::valueOf).toList();
            throw new InvalidInputException("subscribers.error.rows", "subscribers.import.file",
                    String.valueOf(badLines.size()), String.join(", ", named) + (badLines.size() > LINES_NAMED
                            ? " …" : ""));
        }
        if (contacts.isEmpty()) {
            throw new InvalidInputException("subscribers.error.none", "subscribers.import.file");
        }
        return List.copyOf(contacts.values());
    }

    private static Integer column(ImportTable table, Set<String> names) {
        for (int i = 0; i < table.headers().size(); i++) {
            if (names.contains(table.headers().get(i).trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return null;
    }
}
