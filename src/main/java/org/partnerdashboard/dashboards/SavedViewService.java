package org.partnerdashboard.dashboards;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's named dashboard views, and the one pinned as their start page. A view is only a filter: whoever opens
 * it sees what their own role allows.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class SavedViewService {

    public static final int MAX_NAME = 100;
    static final int MAX_QUERY = 1000;

    private final SavedViewRepository views;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedViewService(SavedViewRepository views, CurrentUser currentUser, Clock clock) {
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedViewRow> mine() {
        return views.findByUsernameOrderByName(me()).stream().map(SavedView::toRow).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SavedViewRow> pinned() {
        return mine().stream().filter(SavedViewRow::pinned).findFirst();
    }

    public long save(String name, String query) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("error.required", "views.name");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("error.too-long", "views.name", MAX_NAME);
        }
        if (query == null || query.length() > MAX_QUERY) {
            throw new InvalidInputException("views.error.query");
        }
        if (views.existsByUsernameAndNameIgnoreCase(me(), trimmed)) {
            throw new InvalidInputException("views.error.name-taken", trimmed);
        }
        return views.saveAndFlush(new SavedView(me(), trimmed, query, clock.instant())).getId();
    }

    /** Makes the view the user's start page (and no other); null unpins. */
    public void pin(Long id) {
        for (SavedView view : views.findByUsernameOrderByName(me())) {
            view.setPinned(view.getId().equals(id));
        }
    }

    public void delete(long id) {
        views.findById(id).filter(v -> v.getUsername().equals(me())).ifPresent(views::delete);
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
