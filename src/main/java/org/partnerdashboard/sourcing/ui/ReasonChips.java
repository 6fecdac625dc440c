package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.partnerdashboard.sourcing.ScoreReason;

/** A score's reasons as chips: what earned points, what is missing; staff's scouting and the supplier's own view. */
final class ReasonChips {

    private ReasonChips() {
    }

    static Div of(List<ScoreReason> reasons, Component in) {
        Div chips = new Div();
        chips.addClassName("reasons");
        for (ScoreReason reason : reasons) {
            StringBuilder text = new StringBuilder(in.getTranslation(reason.key()));
            if (!reason.held().isEmpty()) {
                text.append(": ").append(String.join(", ", reason.held().stream().map(in::getTranslation).toList()));
            }
            if (!reason.missing().isEmpty()) {
                text.append(" · ").append(in.getTranslation("scouting.missing",
                        String.join(", ", reason.missing().stream().map(in::getTranslation).toList())));
            }
            // a fact that earns no points (the supplier said it is interested) shows no points
            String points = reason.maxPoints() == 0 ? "" : " (" + reason.points() + "/" + reason.maxPoints() + ")";
            Span chip = new Span(text + points);
            chip.addClassNames("reason", reason.points() == reason.maxPoints() ? "full"
                    : reason.points() == 0 ? "none" : "partial");
            chips.add(chip);
        }
        return chips;
    }
}
