package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.BoundedUpload;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.sourcing.InterestFile;

/** A supplier says it is interested: a short note and up to three small files (PDF, PNG, JPEG). */
class InterestDialog extends Dialog {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final TextArea note = new TextArea();
    private final List<InterestFile> files = new ArrayList<>();
    private final Span error = new Span();

    /** @param send sends the note and files; a rule they break keeps the dialog open with its message */
    InterestDialog(String requestTitle, BiConsumer<String, List<InterestFile>> send) {
        setHeaderTitle(getTranslation("opportunities.interested-title", requestTitle));
        note.setLabel(getTranslation("opportunities.note"));
        note.setMaxLength(1000);
        note.setWidth("min(32rem, 85vw)");
        note.setId("interest-note");
        Upload upload = new Upload(BoundedUpload.handler(MAX_BYTES, (name, content) -> files.add(
                new InterestFile(name, content)), () -> error.setText(getTranslation("opportunities.error.file-size",
                "", MAX_BYTES / (1024 * 1024)))));
        upload.setI18n(Localized.upload(this::getTranslation));
        upload.setAcceptedFileTypes(".pdf", "application/pdf", ".png", "image/png", ".jpg", ".jpeg", "image/jpeg");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("opportunities.files")));
        upload.setId("interest-files");
        upload.addFileRejectedListener(rejected -> error.setText(getTranslation("opportunities.error.file-type",
                rejected.getFileName())));
        upload.addFileRemovedListener(removed -> files.removeIf(f -> f.name().equals(removed.getFileName())));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(note, upload, error);
        Button ok = new Button(getTranslation("opportunities.send-interest"), click -> {
            try {
                send.accept(note.getValue(), List.copyOf(files));
                close();
            } catch (InvalidInputException invalid) {
                error.setText(Messages.of(this, invalid));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("interest-send");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, ok);
    }
}
