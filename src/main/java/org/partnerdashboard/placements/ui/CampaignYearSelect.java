package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.partnerdashboard.placements.CampaignSettings;

/**
 * The campaign year a page shows, newest first, kept in the URL ({@code ?year=2025}): choosing one navigates to the
 * page with it; an absent or unknown year is this year.
 */
final class CampaignYearSelect extends Select<Integer> {

    static final String PARAMETER = "year";

    CampaignYearSelect(CampaignSettings campaign, String id, Class<? extends Component> page) {
        setLabel(getTranslation("pacing.year"));
        setItems(IntStream.rangeClosed(campaign.start().getYear(), campaign.end().getYear()).boxed()
                .sorted((a, b) -> b - a).toList());
        setId(id);
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(page,
                        QueryParameters.of(PARAMETER, String.valueOf(change.getValue()))));
            }
        });
    }

    /** The year the location asks for, shown in the select, or this year. */
    int show(Location location, LocalDate today) {
        int chosen = location.getQueryParameters().getSingleParameter(PARAMETER).map(CampaignYearSelect::year)
                .filter(y -> getListDataView().getItems().anyMatch(y::equals)).orElse(today.getYear());
        setValue(chosen);
        return chosen;
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }
}
