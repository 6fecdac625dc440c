package org.partnerdashboard.placements;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which spreadsheet column (by index) holds each import field; unmapped fields are absent. */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Maps fields to columns whose headers name them ("Start Date", "start_date", "Hire date" …). */
    public static ColumnMapping guess(List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.matches(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    public List<ImportField> missingRequired() {
        return Arrays.stream(ImportField.values()).filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    public Integer column(ImportField field) {
        return columns.get(field);
    }
}
