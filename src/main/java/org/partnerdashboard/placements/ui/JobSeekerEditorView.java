package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.placements.JobSeekerDetails;
import org.partnerdashboard.placements.JobSeekerDraft;
import org.partnerdashboard.placements.JobSeekerService;
import org.partnerdashboard.placements.OrganizationChoice;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PossibleDuplicateException;
import org.partnerdashboard.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** A job seeker's record and placements: "job-seekers/new" creates one, "job-seekers/42" edits one. */
@Route("job-seekers")
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class JobSeekerEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final JobSeekerService jobSeekers;
    private final PlacementService placements;
    private final List<Subsector> subsectors;
    private final H1 title = new H1();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final ComboBox<OrganizationChoice> organization = new ComboBox<>();
    private final TextField externalId = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField zip = new TextField();
    private final ComboBox<String> communityArea = new ComboBox<>();
    private final Span error = new Span();
    private final Div duplicates = new Div();
    private final Grid<JobSeekerDetails.Placed> placementGrid = new Grid<>();
    private final VerticalLayout placementSection = new VerticalLayout();
    private JobSeekerDetails details;

    public JobSeekerEditorView(JobSeekerService jobSeekers, PlacementService placements,
            ReferenceDataService referenceData) {
        this.jobSeekers = jobSeekers;
        this.placements = placements;
        this.subsectors = referenceData.subsectors();
        firstName.setLabel(getTranslation("job-seeker.first-name"));
        lastName.setLabel(getTranslation("job-seeker.last-name"));
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        organization.setLabel(getTranslation("job-seeker.organization"));
        organization.setItems(placements.placingOrganizations());
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setRequiredIndicatorVisible(true);
        externalId.setLabel(getTranslation("job-seeker.external-id"));
        email.setLabel(getTranslation("job-seeker.email"));
        phone.setLabel(getTranslation("follow-ups.phone"));
        zip.setLabel(getTranslation("job-seeker.zip"));
        communityArea.setLabel(getTranslation("job-seeker.community-area"));
        communityArea.setItems(referenceData.communityAreas());
        communityArea.setClearButtonVisible(true);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        duplicates.addClassName("duplicate-warning");
        duplicates.setVisible(false);

        FormLayout form = new FormLayout(firstName, lastName, organization, externalId, email, phone, zip, communityArea);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        Button save = new Button(getTranslation("action.save"), click -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-job-seeker");

        placementGrid.addColumn(p -> Formats.date(p.data().startDate(), getLocale()))
                .setHeader(getTranslation("placements.start-date")).setAutoWidth(true);
        placementGrid.addColumn(JobSeekerDetails.Placed::employer).setHeader(getTranslation("placements.employer"))
                .setAutoWidth(true);
        placementGrid.addColumn(p -> p.data().jobTitle()).setHeader(getTranslation("placements.job-title"))
                .setAutoWidth(true);
        placementGrid.addColumn(p -> getTranslation("placement-type." + p.data().type()))
                .setHeader(getTranslation("placements.type")).setAutoWidth(true);
        placementGrid.addColumn(p -> Formats.dollars(p.data().hourlyWage(), getLocale()))
                .setHeader(getTranslation("placements.wage")).setAutoWidth(true);
        placementGrid.addColumn(p -> getTranslation("placement-status." + p.data().status()))
                .setHeader(getTranslation("placements.status")).setAutoWidth(true);
        placementGrid.setAllRowsVisible(true);
        placementGrid.setAriaLabel(getTranslation("job-seeker.placements"));
        placementGrid.addItemClickListener(click -> new PlacementDialog(jobSeekers, placements, subsectors,
                details.id(), click.getItem(), this::reload).open());
        Button addPlacement = new Button(getTranslation("placement.add"), VaadinIcon.PLUS.create(),
                click -> new PlacementDialog(jobSeekers, placements, subsectors, details.id(), null, this::reload).open());
        addPlacement.setId("add-placement");
        placementSection.add(new HorizontalLayout(new H2(getTranslation("job-seeker.placements")), addPlacement),
                placementGrid);
        placementSection.setPadding(false);

        add(title, form, duplicates, error, save, placementSection);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            details = null;
            title.setText(getTranslation("job-seeker.new"));
            List<OrganizationChoice> choices = placements.placingOrganizations();
            if (choices.size() == 1) {
                organization.setValue(choices.getFirst());
                organization.setReadOnly(true);
            }
            placementSection.setVisible(false);
            return;
        }
        long id;
        try {
            id = Long.parseLong(parameter);
        } catch (NumberFormatException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(jobSeekers.load(id));
        } catch (InvalidInputException | AccessDeniedException unavailable) {
            // another organization's person gets the same answer as one that does not exist
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(JobSeekerDetails loaded) {
        details = loaded;
        JobSeekerDraft d = loaded.data();
        title.setText(d.lastName() + ", " + d.firstName());
        firstName.setValue(d.firstName());
        lastName.setValue(d.lastName());
        organization.setValue(new OrganizationChoice(d.referringOrganizationId(), loaded.referringOrganization()));
        organization.setReadOnly(true);
        externalId.setValue(d.externalId() == null ? "" : d.externalId());
        email.setValue(d.email() == null ? "" : d.email());
        phone.setValue(d.phone() == null ? "" : d.phone());
        email.setVisible(loaded.contactsVisible());
        phone.setVisible(loaded.contactsVisible());
        zip.setValue(d.zipCode() == null ? "" : d.zipCode());
        communityArea.setValue(d.communityAreaNumber() == null ? null : communityArea.getListDataView().getItems()
                .filter(a -> a.startsWith(d.communityAreaNumber() + " ")).findFirst().orElse(null));
        placementGrid.setItems(loaded.placements());
        placementSection.setVisible(true);
    }

    private void reload() {
        show(jobSeekers.load(details.id()));
    }

    private void save(boolean duplicatesConfirmed) {
        JobSeekerDraft draft = new JobSeekerDraft(externalId.getValue(), firstName.getValue(), lastName.getValue(),
                email.isVisible() ? email.getValue() : null, phone.isVisible() ? phone.getValue() : null,
                zip.getValue(), communityArea.getValue() == null ? null
                        : Integer.valueOf(communityArea.getValue().substring(0, communityArea.getValue().indexOf(' '))),
                organization.getValue() == null ? null : organization.getValue().id());
        clearErrors();
        duplicates.setVisible(false);
        try {
            if (details == null) {
                long id = jobSeekers.create(draft, duplicatesConfirmed);
                Messages.success(getTranslation("job-seeker.saved"));
                getUI().ifPresent(ui -> ui.navigate(JobSeekerEditorView.class, String.valueOf(id)));
            } else {
                jobSeekers.update(details.id(), details.version(), draft, duplicatesConfirmed);
                Messages.success(getTranslation("job-seeker.saved"));
                reload();
            }
        } catch (PossibleDuplicateException possible) {
            showDuplicates(possible);
        } catch (InvalidInputException invalid) {
            showError(invalid);
        }
    }

    /** Shows every problem: each field it is about marked with its message, focus on the first, all in the alert. */
    private void showError(InvalidInputException invalid) {
        error.setText(fieldErrors().show(invalid));
    }

    private void clearErrors() {
        error.setText("");
        fieldErrors().clear();
    }

    /** The fields in the page's order, by the keys the rules name them with. */
    private FieldErrors fieldErrors() {
        return new FieldErrors(this).field("job-seeker.first-name", firstName).field("job-seeker.last-name", lastName)
                .field("job-seeker.organization", organization).field("job-seeker.email", email)
                .field("follow-ups.phone", phone).field("job-seeker.zip", zip)
                .field("job-seeker.community-area", communityArea);
    }

    private void showDuplicates(PossibleDuplicateException possible) {
        UnorderedList list = new UnorderedList();
        possible.candidates().forEach(c -> list.add(new ListItem(c.name() + " · " + c.organization() + " · "
                + getTranslation(c.reasonKey()))));
        Button anyway = new Button(getTranslation("job-seeker.save-anyway"), click -> save(true));
        anyway.setId("save-anyway");
        duplicates.removeAll();
        duplicates.add(new Paragraph(getTranslation("job-seeker.duplicates-found")), list, anyway);
        duplicates.getElement().setAttribute("role", "alert");
        duplicates.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("job-seeker.page-title") + " · " + getTranslation("app.name");
    }
}
