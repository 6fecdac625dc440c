package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.partnerdashboard.sourcing.MatchStatus;
import org.partnerdashboard.sourcing.SourcingRequestStatus;

/** Status badges: finished work green (awarded) or grey (closed, declined), work in progress blue. */
final class RequestBadges {

    private RequestBadges() {
    }

    static Span status(SourcingRequestStatus status, Component translator) {
        return badge(translator.getTranslation("request-status." + status), switch (status) {
            case AWARDED -> "done";
            case CLOSED -> "ended";
            default -> "open";
        });
    }

    static Span status(MatchStatus status, Component translator) {
        return badge(translator.getTranslation("match-status." + status), switch (status) {
            case AWARDED -> "done";
            case DECLINED -> "ended";
            default -> "open";
        });
    }

    private static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", tone);
        return badge;
    }
}
