package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.BackgroundJobs;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.newsletter.IssueDraft;
import org.partnerdashboard.newsletter.IssueRow;
import org.partnerdashboard.newsletter.IssueStatus;
import org.partnerdashboard.newsletter.NewsletterService;
import org.partnerdashboard.security.Role;

/**
 * Composes one issue from its blocks, previews it exactly as recipients of either language will get it (at a
 * phone's width too), and sends it; a sent issue shows its progress and each recipient's delivery. The preview's
 * language and width are in the address.
 */
@Route("newsletter/issue")
@RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
public class IssueView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int MAX_BRIEFS = 3;
    static final String PHONE = "phone";

    private final NewsletterService newsletter;
    private final BackgroundJobs jobs;
    private final List<Subsector> subsectors;
    private final List<AreaName> areas;
    private final TextField titleEn = new TextField();
    private final TextField titleEs = new TextField();
    private final TextArea noteEn = new TextArea();
    private final TextArea noteEs = new TextArea();
    private final List<BriefPicker> briefs = new ArrayList<>();
    private final Checkbox withCampaign = new Checkbox(true);
    private final Checkbox withSupplyChain = new Checkbox(true);
    private final Checkbox withEvents = new Checkbox(true);
    private final Span error = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final RadioButtonGroup<Locale> previewLanguage = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> previewWidth = new RadioButtonGroup<>();
    private final IFrame preview = new IFrame();
    private final VerticalLayout sending = new VerticalLayout();
    private final H1 heading = new H1();
    private IssueRow issue;

    public IssueView(NewsletterService newsletter, SubsectorBriefService briefService, BackgroundJobs jobs,
            ReferenceDataService referenceData) {
        this.newsletter = newsletter;
        this.jobs = jobs;
        this.subsectors = referenceData.subsectors();
        this.areas = referenceData.areas();
        var latest = briefService.latestQuarter("C1698").orElse(null);
        for (int i = 1; i <= MAX_BRIEFS; i++) {
            briefs.add(new BriefPicker(i, subsectors, areas, latest));
        }
        titleEn.setLabel(getTranslation("newsletter.title-en"));
        titleEn.setRequiredIndicatorVisible(true);
        titleEn.setId("issue-title-en");
        titleEs.setLabel(getTranslation("newsletter.title-es"));
        titleEs.setHelperText(getTranslation("newsletter.spanish-help"));
        noteEn.setLabel(getTranslation("newsletter.note-en"));
        noteEn.setId("issue-note-en");
        noteEs.setLabel(getTranslation("newsletter.note-es"));
        noteEs.setHelperText(getTranslation("newsletter.spanish-help"));
        for (TextArea note : List.of(noteEn, noteEs)) {
            note.setMaxLength(4000);
            note.setMinHeight("8em");
        }
        withCampaign.setLabel(getTranslation("newsletter.with-campaign"));
        withSupplyChain.setLabel(getTranslation("newsletter.with-supply-chain"));
        withEvents.setLabel(getTranslation("newsletter.with-events"));
        FormLayout texts = new FormLayout(titleEn, titleEs, noteEn, noteEs);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        VerticalLayout blocks = new VerticalLayout(new H2(getTranslation("newsletter.briefs")));
        blocks.setPadding(false);
        briefs.forEach(blocks::add);
        blocks.add(new H2(getTranslation("newsletter.blocks")), withCampaign, withSupplyChain, withEvents);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        actions.setWrap(true);

        previewLanguage.setLabel(getTranslation("newsletter.preview.language"));
        previewLanguage.setItems(Languages.SUPPORTED);
        previewLanguage.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        previewLanguage.setValue(Languages.ENGLISH);
        previewLanguage.setId("preview-language");
        previewWidth.setLabel(getTranslation("newsletter.preview.width"));
        previewWidth.setItems("desktop", PHONE);
        previewWidth.setItemLabelGenerator(w -> getTranslation("newsletter.preview." + w));
        previewWidth.setValue("desktop");
        previewWidth.setId("preview-width");
        previewLanguage.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showPreview();
            }
        });
        previewWidth.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showPreview();
            }
        });
        preview.setTitle(getTranslation("newsletter.preview"));
        preview.getElement().setAttribute("id", "issue-preview");
        preview.addClassName("newsletter-preview");
        preview.setVisible(false);
        HorizontalLayout previewControls = new HorizontalLayout(previewLanguage, previewWidth);
        previewControls.setWrap(true);
        sending.setPadding(false);
        add(new RouterLink(getTranslation("newsletter.back"), NewsletterView.class), heading, texts, blocks, error,
                actions, sending, new H2(getTranslation("newsletter.preview")), previewControls, preview);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        previewLanguage.setValue(Languages.closest(Locale.forLanguageTag(first(query, "lang", "en"))));
        previewWidth.setValue(PHONE.equals(first(query, "width", "")) ? PHONE : "desktop");
        if ("new".equals(parameter)) {
            issue = null;
        } else {
            try {
                issue = newsletter.issue(Long.parseLong(parameter));
            } catch (NumberFormatException | InvalidInputException notFound) {
                issue = null;
            }
        }
        show();
    }

    private static String first(Map<String, List<String>> query, String name, String otherwise) {
        return query.getOrDefault(name, List.of(otherwise)).getFirst();
    }

    private void show() {
        heading.setText(issue == null ? getTranslation("newsletter.new") : issue.title());
        boolean draft = issue == null || issue.status() == IssueStatus.DRAFT;
        if (issue != null) {
            IssueDraft d = issue.draft();
            titleEn.setValue(d.titleEn());
            titleEs.setValue(Objects.toString(d.titleEs(), ""));
            noteEn.setValue(Objects.toString(d.noteEn(), ""));
            noteEs.setValue(Objects.toString(d.noteEs(), ""));
            for (int i = 0; i < d.briefs().size() && i < MAX_BRIEFS; i++) {
                briefs.get(i).show(d.briefs().get(i), subsectors, areas);
            }
            withCampaign.setValue(d.withCampaign());
            withSupplyChain.setValue(d.withSupplyChain());
            withEvents.setValue(d.withEvents());
        }
        List.of(titleEn, titleEs).forEach(f -> f.setReadOnly(!draft));
        List.of(noteEn, noteEs).forEach(f -> f.setReadOnly(!draft));
        List.of(withCampaign, withSupplyChain, withEvents).forEach(f -> f.setReadOnly(!draft));
        briefs.forEach(b -> b.setReadOnly(!draft));
        actions.removeAll();
        if (draft) {
            Button save = new Button(getTranslation("newsletter.save"), VaadinIcon.CHECK.create(), click -> save());
            save.setId("save-issue");
            Button show = new Button(getTranslation("newsletter.show-preview"), VaadinIcon.EYE.create(),
                    click -> showPreview());
            show.setId("preview-issue");
            actions.add(save, show);
            if (issue != null) {
                Button send = new Button(getTranslation("newsletter.send"), VaadinIcon.PAPERPLANE.create(),
                        click -> confirmSend());
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.setId("send-issue");
                Button delete = new Button(getTranslation("newsletter.delete"), VaadinIcon.TRASH.create(),
                        click -> delete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(send, delete);
            }
            sending.removeAll();
        } else {
            new SendingPanel(newsletter, issue.id(), sending).show();
        }
        if (issue != null) {
            showPreview();
        }
    }

    private IssueDraft draft() {
        return new IssueDraft(titleEn.getValue(), titleEs.getValue(), noteEn.getValue(), noteEs.getValue(),
                briefs.stream().map(BriefPicker::choice).filter(Objects::nonNull).toList(), withCampaign.getValue(),
                withSupplyChain.getValue(), withEvents.getValue());
    }

    private FieldErrors fieldErrors() {
        return new FieldErrors(this).field("newsletter.title-en", titleEn).field("newsletter.title-es", titleEs)
                .field("newsletter.note-en", noteEn).field("newsletter.note-es", noteEs);
    }

    private boolean attempt(Runnable action) {
        fieldErrors().clear();
        error.setText("");
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            error.setText(fieldErrors().show(invalid));
            return false;
        }
    }

    private void save() {
        IssueDraft draft = draft();
        attempt(() -> {
            if (issue == null) {
                long id = newsletter.create(draft);
                Messages.success(getTranslation("newsletter.saved"));
                getUI().ifPresent(ui -> ui.navigate(IssueView.class, String.valueOf(id)));
            } else {
                newsletter.update(issue.id(), issue.version(), draft);
                issue = newsletter.issue(issue.id());
                Messages.success(getTranslation("newsletter.saved"));
                show();
            }
        });
    }

    private void showPreview() {
        IssueDraft draft = draft();
        Locale language = previewLanguage.getValue();
        String appAddress = AppAddress.current();
        if (attempt(() -> preview.setSrcdoc(newsletter.preview(draft, language, appAddress)))) {
            preview.setVisible(true);
            preview.getElement().getStyle().set("width", PHONE.equals(previewWidth.getValue()) ? "390px" : "100%");
            if (issue != null) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "newsletter/issue/" + issue.id()
                        + "?" + QueryParameters.simple(Map.of("lang", language.getLanguage(), "width",
                        previewWidth.getValue())).getQueryString()));
            }
        }
    }

    private void confirmSend() {
        long recipients = newsletter.activeSubscribers();
        Dialog confirm = new Dialog(getTranslation("newsletter.send.title"));
        confirm.add(new Paragraph(getTranslation("newsletter.send.text", Formats.integer(recipients, getLocale()))));
        Button go = new Button(getTranslation("newsletter.send"), VaadinIcon.PAPERPLANE.create(), click -> {
            confirm.close();
            send();
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("confirm-send");
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), go);
        confirm.open();
    }

    private void send() {
        long id = issue.id();
        long version = issue.version();
        String appAddress = AppAddress.current();
        UI ui = UI.getCurrent();
        actions.removeAll();
        ProgressBar preparing = new ProgressBar();
        preparing.setIndeterminate(true);
        preparing.getElement().setAttribute("aria-label", getTranslation("newsletter.preparing"));
        sending.removeAll();
        sending.add(new Paragraph(getTranslation("newsletter.preparing")), preparing);
        jobs.run(() -> newsletter.send(id, version, appAddress)).whenComplete((number, failure) -> ui.access(() -> {
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            if (cause instanceof InvalidInputException invalid) {
                sending.removeAll();
                error.setText(Messages.of(this, invalid));
                show();
            } else if (cause != null) {
                sending.removeAll();
                error.setText(getTranslation("newsletter.error.failed"));
                show();
            } else {
                issue = newsletter.issue(id);
                show();
            }
        }));
    }

    private void delete() {
        if (attempt(() -> newsletter.delete(issue.id(), issue.version()))) {
            getUI().ifPresent(ui -> ui.navigate(NewsletterView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.issue") + " · " + getTranslation("newsletter.title");
    }

    /** The links of a sent issue's public pages. */
    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget("_blank");
        return anchor;
    }
}
