package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.partnerdashboard.base.BackgroundJobs;
import org.partnerdashboard.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long import run in the background ({@link BackgroundJobs}) with its progress bar and "1,250 of 40,000 rows" text,
 * pushed to the page as it goes; the outcome, or what went wrong in words, comes back on the UI thread.
 */
public class JobProgress extends Div {

    private static final Logger log = LoggerFactory.getLogger(JobProgress.class);

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    /** @param label what the bar measures, for screen readers */
    public JobProgress(String label) {
        bar.getElement().setAttribute("aria-label", label);
        text.getElement().setAttribute("aria-live", "polite");
        add(bar, text);
        setWidthFull();
        setVisible(false);
    }

    /**
     * @param textKey  the progress text's key, with the rows done and the total as arguments
     * @param task     the work; it reports rows done to the consumer it is given
     * @param finished called with the result
     * @param failed   called with the reason in words (a rule the input broke, or that the job failed)
     */
    public <T> void run(BackgroundJobs jobs, String textKey, int total, Function<IntConsumer, T> task,
            Consumer<T> finished, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        bar.setValue(0);
        text.setText(getTranslation(textKey, 0, total));
        setVisible(true);
        jobs.run(() -> task.apply(done -> ui.access(() -> {
            bar.setValue(total == 0 ? 1 : (double) done / total);
            text.setText(getTranslation(textKey, done, total));
        }))).whenComplete((result, failure) -> ui.access(() -> {
            setVisible(false);
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            if (cause == null) {
                finished.accept(result);
            } else if (cause instanceof InvalidInputException invalid) {
                failed.accept(Messages.of(this, invalid));
            } else {
                log.error("A background import failed", cause);
                failed.accept(getTranslation("import.error.failed"));
            }
        }));
    }
}
