package org.partnerdashboard.security;

import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where to write to the people of a partnership role: enabled accounts that have an address, in their language. */
@Service
public class StaffContacts {

    private final AppUserRepository users;

    StaffContacts(AppUserRepository users) {
        this.users = users;
    }

    public record Contact(String email, Locale language) {
    }

    @Transactional(readOnly = true)
    public List<Contact> of(Role role) {
        return users.findByRoleAndEnabledTrueAndEmailIsNotNullOrderByUsername(role).stream()
                .map(u -> new Contact(u.getEmail(), u.getLanguage() == null ? Languages.ENGLISH
                        : Languages.fromTag(u.getLanguage())))
                .toList();
    }
}
