package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.newsletter.BriefChoice;

/** One subsector brief of an issue: subsector, area and quarter (empty: the area's latest when sent). */
class BriefPicker extends HorizontalLayout {

    static final int QUARTERS_OFFERED = 12;
    /** The Chicago metro area: the brief's usual area. */
    private static final String METRO = "C1698";

    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final ComboBox<AreaName> area = new ComboBox<>();
    private final ComboBox<Quarter> quarter = new ComboBox<>();

    BriefPicker(int position, List<Subsector> subsectors, List<AreaName> areas, Quarter latest) {
        subsector.setLabel(getTranslation("newsletter.brief.subsector", position));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        subsector.setClearButtonVisible(true);
        subsector.setWidth("26em");
        subsector.setMaxWidth("100%");
        area.setLabel(getTranslation("newsletter.brief.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(AreaName::name);
        area.setWidth("22em");
        area.setMaxWidth("100%");
        quarter.setLabel(getTranslation("newsletter.brief.quarter"));
        quarter.setPlaceholder(getTranslation("newsletter.brief.latest"));
        quarter.setClearButtonVisible(true);
        quarter.setItemLabelGenerator(q -> q.label(this::getTranslation));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = latest; q != null && quarters.size() < QUARTERS_OFFERED; q = q.previous()) {
            quarters.add(q);
        }
        quarter.setItems(quarters);
        quarter.setWidth("11em");
        areas.stream().filter(a -> METRO.equals(a.fips())).findFirst()
                .or(() -> areas.stream().filter(AreaName::partnership).findFirst()).ifPresent(area::setValue);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(subsector, area, quarter);
        setId("brief-" + position);
        subsector.setId("brief-" + position + "-subsector");
    }

    void show(BriefChoice choice, List<Subsector> subsectors, List<AreaName> areas) {
        subsector.setValue(subsectors.stream().filter(s -> s.code().equals(choice.subsectorCode())).findFirst()
                .orElse(null));
        area.setValue(areas.stream().filter(a -> a.fips().equals(choice.areaFips())).findFirst().orElse(null));
        quarter.setValue(choice.quarter());
    }

    /** The choice, or null when no subsector is picked (the block is left out). */
    BriefChoice choice() {
        return subsector.getValue() == null ? null : new BriefChoice(subsector.getValue().code(),
                area.getValue() == null ? null : area.getValue().fips(), quarter.getValue());
    }

    void setReadOnly(boolean readOnly) {
        subsector.setReadOnly(readOnly);
        area.setReadOnly(readOnly);
        quarter.setReadOnly(readOnly);
    }
}
