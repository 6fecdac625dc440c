package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The upload of an import's CSV or XLSX file: one file, at most {@code maxBytes} read into memory (the server checks,
 * not only the browser), prompts in the user's language; whatever goes wrong is said in words.
 */
public class SpreadsheetUpload extends Upload {

    /**
     * @param received called in the UI with the file's name and content when it fits
     * @param refused  called in the UI with the reason when the file is too large or not a spreadsheet
     */
    public SpreadsheetUpload(int maxBytes, String dropLabel, BiConsumer<String, byte[]> received,
            Consumer<String> refused) {
        int megabytes = maxBytes / (1024 * 1024);
        setUploadHandler(BoundedUpload.handler(maxBytes, received,
                () -> refused.accept(getTranslation("import.error.file-too-large", megabytes))));
        setI18n(Localized.upload(this::getTranslation));
        setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        setMaxFileSize(maxBytes);
        setMaxFiles(1);
        setDropLabel(new Span(dropLabel));
        addFileRejectedListener(rejected -> refused.accept(getTranslation("import.error.file-rejected", megabytes)));
    }
}
