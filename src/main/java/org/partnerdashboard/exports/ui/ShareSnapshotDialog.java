package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.exports.SnapshotContent;
import org.partnerdashboard.exports.SnapshotService;
import org.partnerdashboard.security.Role;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Freezes what is shown into a snapshot and hands out its link: the numbers stay as they are now, the link opens for
 * signed-in users allowed to see the page it came from, until it expires.
 */
public class ShareSnapshotDialog extends Dialog {

    private static final List<Integer> DAYS = List.of(1, 7, 30, 90);

    private final Select<Integer> lifetime = new Select<>();
    private final TextField link = new TextField();
    private final Button create = new Button();

    public ShareSnapshotDialog(Component source, SnapshotContent content) {
        this(content, ViewRoles.of(source));
    }

    ShareSnapshotDialog(SnapshotContent content, Set<Role> allowedRoles) {
        setHeaderTitle(getTranslation("snapshot.share.title"));
        setId("share-snapshot-dialog");
        lifetime.setLabel(getTranslation("snapshot.share.expires"));
        lifetime.setItems(DAYS);
        lifetime.setItemLabelGenerator(days -> getTranslation("snapshot.share.days", days));
        lifetime.setValue(7);
        lifetime.setId("snapshot-lifetime");
        link.setLabel(getTranslation("snapshot.share.link"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        link.setId("snapshot-link");
        Button copy = new Button(getTranslation("snapshot.share.copy"), VaadinIcon.COPY.create(),
                click -> link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        link.getValue()));
        copy.setVisible(false);
        create.setText(getTranslation("snapshot.share.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-snapshot-link");
        create.addClickListener(click -> {
            try {
                String token = Services.get(SnapshotService.class).share(content, allowedRoles,
                        Duration.ofDays(lifetime.getValue()));
                link.setValue(ServletUriComponentsBuilder.fromCurrentContextPath().path("/snapshot/" + token)
                        .toUriString());
                link.setVisible(true);
                copy.setVisible(true);
                create.setEnabled(false);
                lifetime.setReadOnly(true);
                link.focus();
            } catch (InvalidInputException e) {
                Messages.error(Messages.of(this, e));
            }
        });
        Paragraph about = new Paragraph(getTranslation("snapshot.share.about", content.title()));
        about.addClassName("dialog-note");
        HorizontalLayout linkRow = new HorizontalLayout(link, copy);
        linkRow.setWidthFull();
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(about, lifetime, linkRow);
        setWidth("36rem");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), create);
    }
}
