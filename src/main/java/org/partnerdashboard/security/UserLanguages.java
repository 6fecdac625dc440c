package org.partnerdashboard.security;

import java.util.Locale;
import java.util.Optional;
import org.partnerdashboard.base.LanguagePreference;
import org.partnerdashboard.base.Languages;
import org.springframework.stereotype.Service;

/** Each user's language, remembered with the account when they switch (none: the browser's). */
@Service
public class UserLanguages implements LanguagePreference {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    UserLanguages(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public void remember(Locale language) {
        String username = currentUser.usernameOrAnonymous();
        if (!CurrentUser.ANONYMOUS.equals(username)) {
            users.updateLanguage(username, Languages.closest(language).toLanguageTag());
        }
    }

    /** The language the user chose, if any. */
    public Optional<Locale> chosenBy(String username) {
        return users.findLanguageByUsername(username).map(Languages::fromTag);
    }
}
