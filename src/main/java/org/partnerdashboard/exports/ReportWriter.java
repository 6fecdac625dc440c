package org.partnerdashboard.exports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a {@link Report} as a Letter PDF: cover, headline figures, then one page per chart (drawn as vector
 * graphics) with its numbers in a table. Reports progress from 0 to 1 as it goes.
 */
final class ReportWriter {

    private static final Color INK = new Color(0x1f2a37);
    private static final Color MUTED = new Color(0x5f6b7a);
    private static final Color CARD = new Color(0xf1f4f8);
    private static final Font COVER_TITLE = new Font(Font.HELVETICA, 30, Font.BOLD, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 18, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, MUTED);
    private static final Font BRAND = new Font(Font.HELVETICA, 11, Font.BOLD, SnapshotLayout.BRAND);
    private static final Font FIGURE = new Font(Font.HELVETICA, 24, Font.BOLD, INK);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, INK);

    private static final int REPORT_CHART_WIDTH = 760;

    private ReportWriter() {
    }

    static void write(Report report, Locale locale, OutputStream out, DoubleConsumer progress) {
        Rectangle page = PageSize.LETTER;
        Document document = new Document(page, 54, 54, 54, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(report));
        document.addTitle(report.title());
        document.addSubject(report.subtitle());
        document.addCreator(report.provenance().branding());
        document.open();
        cover(document, writer, report);
        progress.accept(0.1);
        figures(document, report);
        progress.accept(0.2);
        List<ChartData> charts = report.charts();
        for (int i = 0; i < charts.size(); i++) {
            document.newPage();
            chart(document, writer, charts.get(i), report, locale);
            progress.accept(0.2 + 0.8 * (i + 1) / charts.size());
        }
        document.close();
        progress.accept(1);
    }

    private static void cover(Document document, PdfWriter writer, Report report) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        canvas.setColorFill(SnapshotLayout.BRAND);
        canvas.rectangle(0, page.getHeight() - 18, page.getWidth(), 18);
        canvas.fill();
        Paragraph brand = new Paragraph(report.provenance().branding(), BRAND);
        brand.setSpacingBefore(90);
        document.add(brand);
        Paragraph title = new Paragraph(report.title(), COVER_TITLE);
        title.setSpacingBefore(18);
        title.setLeading(36);
        document.add(title);
        Paragraph subtitle = new Paragraph(report.subtitle(), new Font(Font.HELVETICA, 14, Font.NORMAL, MUTED));
        subtitle.setSpacingBefore(10);
        document.add(subtitle);
        Paragraph filters = new Paragraph();
        filters.setSpacingBefore(48);
        for (String line : report.filters()) {
            filters.add(new Phrase(line + "\n", BODY));
        }
        document.add(filters);
        Paragraph generated = new Paragraph(report.generated(), BODY);
        generated.setSpacingBefore(24);
        document.add(generated);
        Paragraph source = new Paragraph(report.provenance().source() + "\n" + report.provenance().asOf(), SMALL);
        source.setSpacingBefore(8);
        document.add(source);
    }

    private static void figures(Document document, Report report) {
        if (report.figures().isEmpty()) {
            return;
        }
        document.newPage();
        document.add(new Paragraph(report.texts().figuresHeading(), HEADING));
        PdfPTable cards = new PdfPTable(2);
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(16);
        for (Report.Figure figure : report.figures()) {
            PdfPCell cell = new PdfPCell();
            cell.setBackgroundColor(CARD);
            cell.setBorderColor(Color.WHITE);
            cell.setBorderWidth(6);
            cell.setPadding(12);
            cell.addElement(new Paragraph(figure.label(), SMALL));
            Paragraph value = new Paragraph(figure.value(), FIGURE);
            value.setLeading(30);
            cell.addElement(value);
            cell.addElement(new Paragraph(figure.note() == null ? "" : figure.note(), SMALL));
            cards.addCell(cell);
        }
        if (report.figures().size() % 2 == 1) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            cards.addCell(empty);
        }
        document.add(cards);
    }

    private static void chart(Document document, PdfWriter writer, ChartData chart, Report report, Locale locale) {
        document.add(new Paragraph(chart.title(), HEADING));
        if (chart.subtitle() != null && !chart.subtitle().isBlank()) {
            document.add(new Paragraph(chart.subtitle(), SMALL));
        }
        float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float height = width * 0.56f;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height);
        try {
            // drawn on a narrower canvas than a snapshot's, so its labels stay legible at page size
            double scale = width / REPORT_CHART_WIDTH;
            g.scale(scale, scale);
            SnapshotLayout.drawIn(g, chart, report.provenance(), locale, REPORT_CHART_WIDTH,
                    (int) (height / scale), false);
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setSpacingBefore(10);
        document.add(image);
        document.add(new Paragraph(report.provenance().filters() + "\n" + report.provenance().source() + "  ·  "
                + report.provenance().asOf(), SMALL));
        Paragraph heading = new Paragraph(report.texts().numbersHeading(), CELL_HEAD);
        heading.setSpacingBefore(12);
        document.add(heading);
        document.add(numbers(chart, report.texts(), locale));
    }

    private static PdfPTable numbers(ChartData chart, Report.Texts texts, Locale locale) {
        List<String> header = chart.header(texts.categoryColumn());
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        float[] widths = new float[header.size()];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.2f;
        }
        table.setWidths(widths);
        for (int i = 0; i < header.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(header.get(i), CELL_HEAD));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBorderWidth(0);
            cell.setBorderWidthBottom(1);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        for (List<Object> row : chart.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                String text = i == 0 ? String.valueOf(value)
                        : value == null ? texts.withheld() : numbers.format(value);
                PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
                cell.setBorderWidth(0);
                cell.setBorderWidthBottom(0.3f);
                cell.setBorderColorBottom(new Color(0xdddddd));
                cell.setPadding(3);
                if (i > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The branding and page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final Report report;

        Footer(Report report) {
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(report.provenance().branding() + "  ·  " + report.title(), SMALL),
                    document.leftMargin(), 30, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(MessageFormat.format(report.texts().page(), writer.getPageNumber()), SMALL),
                    page.getWidth() - document.rightMargin(), 30, 0);
        }
    }
}
