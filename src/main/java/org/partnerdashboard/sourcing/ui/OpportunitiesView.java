package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.Introduction;
import org.partnerdashboard.sourcing.Opportunity;
import org.partnerdashboard.sourcing.OpportunityService;

/**
 * The supplier space's home: open sourcing requests that fit the company, with how well and why, where the company
 * says it is interested; and the introductions staff made for it, with their outcome.
 */
@Route("opportunities")
@Menu(order = 0, icon = "vaadin:briefcase", title = "nav.opportunities")
@RolesAllowed(Role.Names.SUPPLIER)
public class OpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    private final OpportunityService opportunities;
    private final Clock clock;
    private final Map<String, Subsector> subsectors;
    private final Div cards = new Div();
    private final Grid<Introduction> introductions = new Grid<>();
    private final Paragraph noIntroductions = new Paragraph();

    public OpportunitiesView(OpportunityService opportunities, ReferenceDataService referenceData, Clock clock) {
        this.opportunities = opportunities;
        this.clock = clock;
        this.subsectors = referenceData.subsectors().stream()
                .collect(Collectors.toMap(Subsector::code, Function.identity()));
        cards.addClassName("opportunity-list");
        introductions.addColumn(Introduction::title).setHeader(getTranslation("sourcing.title")).setFlexGrow(2)
                .setTooltipGenerator(Introduction::title);
        introductions.addColumn(Introduction::buyerName).setHeader(getTranslation("sourcing.buyer")).setFlexGrow(1);
        introductions.addColumn(i -> Formats.date(i.introducedOn(), getLocale()))
                .setHeader(getTranslation("opportunities.introduced-on")).setAutoWidth(true).setFlexGrow(0);
        introductions.addColumn(i -> getTranslation("opportunities.outcome." + outcome(i)))
                .setHeader(getTranslation("opportunities.outcome")).setAutoWidth(true).setFlexGrow(0);
        introductions.setAllRowsVisible(true);
        introductions.setAriaLabel(getTranslation("opportunities.introductions"));
        noIntroductions.setText(getTranslation("opportunities.no-introductions"));
        add(new H1(getTranslation("opportunities.title")), new Paragraph(getTranslation("opportunities.intro")), cards,
                new H2(getTranslation("opportunities.introductions")), noIntroductions, introductions);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<Opportunity> offered = opportunities.opportunities();
        if (offered.isEmpty()) {
            cards.add(new Paragraph(getTranslation("opportunities.none")));
        }
        offered.forEach(o -> cards.add(card(o)));
        List<Introduction> made = opportunities.introductions();
        introductions.setItems(made);
        introductions.setVisible(!made.isEmpty());
        noIntroductions.setVisible(made.isEmpty());
    }

    private Div card(Opportunity o) {
        Div card = new Div();
        card.addClassName("opportunity");
        card.setId("opportunity-" + o.requestId());
        H3 title = new H3(o.title());
        Div facts = new Div();
        facts.addClassName("opportunity-facts");
        facts.add(fact(o.buyerName() == null ? getTranslation("opportunities.buyer-hidden") : o.buyerName()));
        if (o.subsectorCode() != null && subsectors.containsKey(o.subsectorCode())) {
            facts.add(fact(subsectors.get(o.subsectorCode()).label()));
        }
        if (o.quantity() != null) {
            facts.add(fact(getTranslation("opportunities.quantity", Formats.integer(o.quantity(), getLocale()))));
        }
        if (o.dueDate() != null) {
            facts.add(fact(getTranslation("opportunities.due", Formats.date(o.dueDate(), getLocale()))));
        }
        if (o.buyAmericaRequired()) {
            facts.add(fact(getTranslation("sourcing.buy-america")));
        }
        card.add(title, facts);
        if (o.description() != null) {
            card.add(new Paragraph(o.description()));
        }
        if (o.score() != null) {
            Span score = new Span(getTranslation("opportunities.fit", o.score()));
            score.addClassNames("score", o.score() >= 80 ? "high" : "medium");
            card.add(new Div(score), ReasonChips.of(o.reasons(), this));
        }
        if (o.interestedAt() != null) {
            Paragraph said = new Paragraph(getTranslation("opportunities.interested-on",
                    Formats.dateTime(o.interestedAt(), clock.getZone(), getLocale()))
                    + (o.interestNote() == null ? "" : " · " + o.interestNote()));
            said.addClassName("interest-said");
            card.add(said);
        } else {
            Button interested = new Button(getTranslation("opportunities.interested"), VaadinIcon.HANDSHAKE.create(),
                    click -> new InterestDialog(o.title(), (note, files) -> {
                        opportunities.expressInterest(o.requestId(), note, files, AppAddress.current());
                        Messages.success(getTranslation("opportunities.interest-sent"));
                        refresh();
                    }).open());
            interested.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            interested.setId("interested-" + o.requestId());
            card.add(interested);
        }
        return card;
    }

    private static Span fact(String text) {
        Span fact = new Span(text);
        fact.addClassName("opportunity-fact");
        return fact;
    }

    /** Awarded, not chosen, or still open, as the supplier may know it. */
    private static String outcome(Introduction i) {
        return switch (i.outcome()) {
            case AWARDED -> "awarded";
            case DECLINED -> "not-chosen";
            default -> i.requestStatus().isFinished() ? "not-chosen" : "waiting";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.title") + " · " + getTranslation("app.name");
    }
}
