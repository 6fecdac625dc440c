package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words Vaadin's components draw themselves (a date picker's months and buttons, an upload's prompts), in the
 * user's language: Vaadin ships them in English only. Month and day names come from Java's locale data.
 */
public final class Localized {

    private Localized() {
    }

    /**
     * A date picker in the UI's language, writing dates as the pages show them ({@link Formats#date}); English
     * pickers also read "3/31/2030", and every picker reads "2030-03-31".
     */
    public static <T extends DatePicker> T datePicker(T picker) {
        Locale locale = picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(monthNames(TextStyle.FULL_STANDALONE, locale).stream().map(m -> capitalized(m, locale))
                .toList());
        i18n.setWeekdays(weekdaysFromSunday(TextStyle.FULL_STANDALONE, locale));
        i18n.setWeekdaysShort(weekdaysFromSunday(TextStyle.SHORT_STANDALONE, locale));
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(picker.getTranslation("date-picker.today"));
        i18n.setCancel(picker.getTranslation("date-picker.cancel"));
        String shown = Formats.datePattern(locale);
        if (shown.startsWith("MMM")) {
            i18n.setDateFormats(shown, "M/d/yyyy", "yyyy-MM-dd");
        } else {
            i18n.setDateFormats(shown, "yyyy-MM-dd");
        }
        picker.setI18n(i18n);
        return picker;
    }

    /** What a multi-select combo box announces to screen readers as chips come and go. */
    public static <T extends MultiSelectComboBox<?>> T multiSelect(T box) {
        box.setI18n(new MultiSelectComboBoxI18n().setCleared(box.getTranslation("multi-select.cleared"))
                .setFocused(box.getTranslation("multi-select.focused"))
                .setSelected(box.getTranslation("multi-select.selected"))
                .setDeselected(box.getTranslation("multi-select.deselected"))
                .setTotal(box.getTranslation("multi-select.total")));
        return box;
    }

    /** An upload's prompts, statuses and errors. */
    public static UploadI18N upload(Function<String, String> t) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.drop-one")).setMany(t.apply("upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add-one")).setMany(t.apply("upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t.apply("upload.too-many-files"))
                .setFileIsTooBig(t.apply("upload.file-too-big")).setIncorrectFileType(t.apply("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.connecting"))
                        .setStalled(t.apply("upload.stalled")).setProcessing(t.apply("upload.processing"))
                        .setHeld(t.apply("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("upload.remaining"))
                        .setUnknown(t.apply("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("upload.server-unavailable"))
                        .setUnexpectedServerError(t.apply("upload.server-error"))
                        .setForbidden(t.apply("upload.forbidden")).setFileTooLarge(t.apply("upload.file-too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(t.apply("upload.retry")).setStart(t.apply("upload.start"))
                .setRemove(t.apply("upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    /** January to December in the language, from Java's locale data. */
    static List<String> monthNames(TextStyle style, Locale locale) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(style, locale)).toList();
    }

    /** Sunday to Saturday in the language (the order date pickers and Highcharts expect). */
    static List<String> weekdaysFromSunday(TextStyle style, Locale locale) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream()
                .map(d -> d.getDisplayName(style, locale)).toList();
    }

    private static String capitalized(String word, Locale locale) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
    }
}
