package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.placements.JobSeekerDetails;
import org.partnerdashboard.placements.JobSeekerService;
import org.partnerdashboard.placements.OrganizationChoice;
import org.partnerdashboard.placements.PlacementDraft;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.placements.PlacementType;

/** Adds a placement to a job seeker, or edits one. The rules (dates, wages, one active placement) live in the service. */
class PlacementDialog extends Dialog {

    private final ComboBox<OrganizationChoice> employer = new ComboBox<>();
    private final TextField jobTitle = new TextField();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final Select<PlacementType> type = new Select<>();
    private final DatePicker start = Localized.datePicker(new DatePicker());
    private final DatePicker end = Localized.datePicker(new DatePicker());
    private final BigDecimalField wage = new BigDecimalField();
    private final Checkbox fullTime = new Checkbox();
    private final Select<PlacementStatus> status = new Select<>();
    private final TextField credential = new TextField();
    private final Span error = new Span();

    /** @param existing the placement to edit, or null to add one */
    PlacementDialog(JobSeekerService jobSeekers, PlacementService placements, List<Subsector> subsectors,
            long jobSeekerId, JobSeekerDetails.Placed existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "placement.add" : "placement.edit"));
        employer.setLabel(getTranslation("placements.employer"));
        employer.setItems(query -> placements.employers(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        employer.setItemLabelGenerator(OrganizationChoice::name);
        jobTitle.setLabel(getTranslation("placements.job-title"));
        subsector.setLabel(getTranslation("placements.subsector"));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        type.setLabel(getTranslation("placements.type"));
        type.setItems(PlacementType.values());
        type.setItemLabelGenerator(t -> getTranslation("placement-type." + t));
        start.setLabel(getTranslation("placements.start-date"));
        end.setLabel(getTranslation("placement.end-date"));
        end.setHelperText(getTranslation("placement.end-date-help"));
        wage.setLabel(getTranslation("placements.wage"));
        wage.setHelperText(getTranslation("placement.wage-help"));
        fullTime.setLabel(getTranslation("placements.full-time"));
        status.setLabel(getTranslation("placements.status"));
        status.setItems(PlacementStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("placement-status." + s));
        credential.setLabel(getTranslation("placement.credential"));
        credential.setHelperText(getTranslation("placement.credential-help"));
        credential.setMaxLength(150);
        credential.setId("placement-credential");
        employer.setRequiredIndicatorVisible(true);
        jobTitle.setRequiredIndicatorVisible(true);
        subsector.setRequiredIndicatorVisible(true);
        type.setRequiredIndicatorVisible(true);
        start.setRequiredIndicatorVisible(true);
        status.setRequiredIndicatorVisible(true);
        if (existing == null) {
            type.setValue(PlacementType.DIRECT_HIRE);
            status.setValue(PlacementStatus.ACTIVE);
            fullTime.setValue(true);
        } else {
            PlacementDraft d = existing.data();
            employer.setValue(new OrganizationChoice(d.employerId(), existing.employer()));
            jobTitle.setValue(d.jobTitle());
            subsector.setValue(subsectors.stream().filter(s -> s.code().equals(d.naicsCode())).findFirst().orElse(null));
            type.setValue(d.type());
            start.setValue(d.startDate());
            end.setValue(d.endDate());
            wage.setValue(d.hourlyWage());
            fullTime.setValue(d.fullTime());
            status.setValue(d.status());
            credential.setValue(d.credential() == null ? "" : d.credential());
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(employer, jobTitle, subsector, type, start, end, wage, status, fullTime,
                credential);
        form.setColspan(credential, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, error);

        Button save = new Button(getTranslation("action.save"), click -> {
            PlacementDraft draft = new PlacementDraft(employer.getValue() == null ? null : employer.getValue().id(),
                    jobTitle.getValue(), subsector.getValue() == null ? null : subsector.getValue().code(),
                    type.getValue(), start.getValue(), end.getValue(), wage.getValue(), fullTime.getValue(),
                    status.getValue(), credential.getValue());
            try {
                if (existing == null) {
                    jobSeekers.addPlacement(jobSeekerId, draft);
                } else {
                    jobSeekers.updatePlacement(existing.id(), existing.version(), draft);
                }
                Messages.success(getTranslation("placement.saved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                error.setText(new FieldErrors(this).field("placements.employer", employer)
                        .field("placements.job-title", jobTitle).field("placements.subsector", subsector)
                        .field("placements.type", type).field("placements.start-date", start)
                        .field("placement.end-date", end).field("placements.wage", wage)
                        .field("placements.status", status).field("placement.credential", credential)
                        .show(invalid));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-placement");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
