package org.partnerdashboard.base.ui;

import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

/**
 * An upload read into memory up to a limit the server enforces itself (the browser's own check can be skipped by
 * anyone who posts the request by hand): a larger file is refused after reading one byte past the limit, and the
 * page says so; nothing of it is kept.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * @param accepted called in the UI with the file's name and content when it fits
     * @param tooLarge called in the UI when it does not
     */
    public static UploadHandler handler(int maxBytes, BiConsumer<String, byte[]> accepted, Runnable tooLarge) {
        return event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(maxBytes + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (content.length > maxBytes || event.getFileSize() > maxBytes) {
                event.reject("too large");
                event.getUI().access(tooLarge::run);
                return;
            }
            String name = event.getFileName();
            event.getUI().access(() -> accepted.accept(name, content));
        };
    }
}
